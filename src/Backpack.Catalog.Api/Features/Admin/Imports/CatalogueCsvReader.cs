using System.Globalization;
using CsvHelper;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// Reads the catalogue CSV into products, collecting every problem with the file itself (header, quoting, field
/// counts, values that do not read, product columns that disagree between the rows of a product) by line and column.
/// The rules a product must satisfy are not checked here: the importer checks the merged product.
/// </summary>
public static class CatalogueCsvReader
{
    private const int HeaderRow = 1;

    public static ImportFile Read(byte[] body, int maxRows)
    {
        var errors = new List<ImportError>();
        var malformedLines = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            FormatProvider = CultureInfo.InvariantCulture,
            OnMalformedRecord = record =>
            {
                if (malformedLines.Add(record.LineNumber))
                {
                    errors.Add(RowError((int)record.LineNumber, $"The row's quoting is malformed ({Describe(record.Reason)}); a field " +
                        "holding a comma, quote or line break must be enclosed in double quotes, with each quote inside it doubled."));
                }
            },
        };

        using var csv = CsvReader.Create(body, options);
        csv.ReadHeader();
        var positions = HeaderPositions(csv.Headers, errors);
        if (positions is null || errors.Count > 0)
        {
            return new ImportFile(ImportFile.Csv, [], errors);
        }

        var products = new OrderedDictionary<string, ProductRows>(StringComparer.Ordinal);
        var rows = 0;
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (malformedLines.Contains(line) || IsBlank(csv))
            {
                continue;
            }

            if (++rows > maxRows)
            {
                return new ImportFile(ImportFile.Csv, [], errors, OverRowLimit: true);
            }

            if (csv.FieldCount != csv.Headers.Count)
            {
                errors.Add(RowError(line, $"The row has {csv.FieldCount} fields; the header has {csv.Headers.Count}. Every row has a field for every column."));
                continue;
            }

            var cells = positions.Select(p => p < 0 ? "" : csv.GetString(p)).ToArray();
            Add(products, line, cells, errors);
        }

        return new ImportFile(ImportFile.Csv, products.Values.Select(p => p.ToImported(errors)).ToList(), errors);
    }

    /// <returns>
    /// For each column of <see cref="CatalogueCsvColumns.All"/>, its position in the file (-1 for a packing column the file
    /// leaves out, as files exported before packing was recorded do); null when the header is wrong.
    /// </returns>
    private static int[]? HeaderPositions(IReadOnlyList<string> header, List<ImportError> errors)
    {
        if (header.Count == 0)
        {
            errors.Add(RowError(HeaderRow, $"The file is empty. Its first line is the header: {string.Join(',', CatalogueCsvColumns.All)}."));
            return null;
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (CatalogueCsvColumns.Position(name) < 0)
            {
                errors.Add(new ImportError(new ImportLocation(HeaderRow, name, null), null, null,
                    $"'{name}' is not a column of the catalogue CSV; the columns are: {string.Join(", ", CatalogueCsvColumns.All)}."));
            }
            else if (!positions.TryAdd(name, i))
            {
                errors.Add(new ImportError(new ImportLocation(HeaderRow, name, null), null, null, $"The column {name} appears more than once in the header."));
            }
        }

        foreach (var missing in CatalogueCsvColumns.All.Where(c => !positions.ContainsKey(c) && !CatalogueCsvColumns.Packing.Contains(c) && !CatalogueCsvColumns.Later.Contains(c)))
        {
            errors.Add(new ImportError(new ImportLocation(HeaderRow, missing, null), null, null, $"The header lacks the column {missing}."));
        }

        return errors.Count > 0 ? null : [.. CatalogueCsvColumns.All.Select(c => positions.GetValueOrDefault(c, -1))];
    }

    private static void Add(OrderedDictionary<string, ProductRows> products, int line, string[] cells, List<ImportError> errors)
    {
        var productId = cells[CatalogueCsvColumns.Position(CatalogueCsvColumns.ProductId)];
        if (productId.Length == 0)
        {
            errors.Add(new ImportError(new ImportLocation(line, CatalogueCsvColumns.ProductId, null), null, null,
                "product_id is empty; every row names the product it belongs to."));
            return;
        }

        if (!products.TryGetValue(productId, out var product))
        {
            products.Add(productId, product = new ProductRows(line, cells));
        }
        else
        {
            foreach (var column in CatalogueCsvColumns.Product.Concat(CatalogueCsvColumns.Translation))
            {
                var position = CatalogueCsvColumns.Position(column);
                if (cells[position] != product.Cells[position])
                {
                    errors.Add(new ImportError(new ImportLocation(line, column, null), productId, null,
                        $"{column} differs from row {product.FirstRow}, the product's first row; product columns repeat the same value on every row of a product."));
                }
            }
        }

        if (CatalogueCsvColumns.Variant.Any(c => cells[CatalogueCsvColumns.Position(c)].Length > 0))
        {
            product.Variants.Add((line, cells));
        }
    }

    // Spreadsheets save rows they once touched as a line of separators.
    private static bool IsBlank(CsvReader csv)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (!csv.IsEmpty(i)) return false;
        }

        return true;
    }

    private static ImportError RowError(int line, string message) => new(new ImportLocation(line, null, null), null, null, message);

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        _ => reason.ToString(),
    };

    private sealed class ProductRows(int firstRow, string[] cells)
    {
        public int FirstRow { get; } = firstRow;

        public string[] Cells { get; } = cells;

        public List<(int Row, string[] Cells)> Variants { get; } = [];

        public ImportedProduct ToImported(List<ImportError> errors)
        {
            var product = new CatalogueCsvRow(Cells, FirstRow, errors).ToProduct() with
            {
                Variants = Variants.Select(v => new CatalogueCsvRow(v.Cells, v.Row, errors).ToVariant()).ToList(),
            };
            return new ImportedProduct(product, (variant, path) => variant switch
            {
                null => new ImportLocation(FirstRow, CatalogueCsvColumns.ForProductPath(path), null),
                >= 0 and var i => new ImportLocation(Variants[i].Row, CatalogueCsvColumns.ForVariantPath(path), null),
                _ => new ImportLocation(FirstRow, CatalogueCsvColumns.Sku, null),
            });
        }
    }
}
