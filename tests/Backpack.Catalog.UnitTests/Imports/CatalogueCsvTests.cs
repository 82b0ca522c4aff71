using System.Text;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Imports;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using CsvHelper;

[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
    Justification = "Named after the feature folder it tests; C# only.", Scope = "namespaceanddescendants", Target = "~N:Backpack.Catalog.UnitTests.Imports")]

namespace Backpack.Catalog.UnitTests.Imports;

public sealed class CatalogueCsvTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly List<ProductDocument> Seed = [.. CatalogueSeeder.LoadEmbedded().Products.Select(CatalogueSeeder.ToDocument).OrderBy(p => p.Id, StringComparer.Ordinal)];

    private static string Header => string.Join(',', CatalogueCsvColumns.All);

    private static ImportFile Read(string csv, int maxRows = 5_000) => CatalogueCsvReader.Read(Encoding.UTF8.GetBytes(csv), maxRows);

    private static string Write(IEnumerable<ProductDocument> products) => Encoding.UTF8.GetString(CatalogueCsvWriter.Write(products));

    private static string AsJson(IEnumerable<ProductDocument> products) => JsonSerializer.Serialize(products, Json);

    /// <summary>The example product's only row, with each named column set to its value (raw; quoted here as needed).</summary>
    private static string Row(params (string Column, string Value)[] changes)
    {
        var cells = Records(Write([ProductDocument.Example with { CreatedAt = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero) }]))[1];
        foreach (var (column, value) in changes)
        {
            cells[CatalogueCsvColumns.Position(column)] = value;
        }

        return Encode(cells);
    }

    private static List<string[]> Records(string text)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = ',', HasHeader = false });
        var records = new List<string[]>();
        while (csv.Read())
        {
            records.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i))]);
        }

        return records;
    }

    private static string Encode(IEnumerable<string> cells) =>
        string.Join(',', cells.Select(c => c.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c));

    private static string Row(string column, string value) => Row((column, value));

    [Fact]
    public void The_seed_catalogue_reads_back_exactly_as_written()
    {
        var csv = Write(Seed);
        var file = Read(csv);

        file.Errors.ShouldBeEmpty();
        file.Format.ShouldBe(ImportFile.Csv);
        AsJson(file.Products.Select(p => p.Document)).ShouldBe(AsJson(Seed));
        Write(file.Products.Select(p => p.Document)).ShouldBe(csv);
        csv.Split("\r\n").Length.ShouldBe(1 + Seed.Sum(p => p.Variants!.Count) + 1, "a header, one row per SKU, and the final line end");
    }

    [Fact]
    public void The_header_comes_first_and_lines_end_in_crlf_without_a_byte_order_mark()
    {
        var bytes = CatalogueCsvWriter.Write(Seed.Take(1));

        bytes[0].ShouldBe((byte)'p');
        Encoding.UTF8.GetString(bytes).ShouldStartWith(Header + "\r\n");
        Encoding.UTF8.GetString(bytes).ShouldEndWith("\r\n");
    }

    [Fact]
    public void Numbers_round_trip_exactly_and_prices_keep_two_decimals()
    {
        var product = ProductDocument.Example with
        {
            Specs = ProductSpecsDocument.Example with { CapacityLitres = 0.1 + 0.2, HeightCm = 12.345678901234567, WidthCm = 1e-5 },
            Variants = [VariantDocument.Example with
            {
                SamplePriceUsd = 24.5m, Packing = PackingDocument.Example with { CartonGrossWeightKg = 12.4m },
                PriceTiers = [new() { MinQuantity = 100, UnitPriceUsd = 9.8m }],
            }],
        };

        var csv = Write([product]);
        var read = Read(csv).Products.Single().Document;

        csv.ShouldContain(",0.30000000000000004,12.345678901234567,1E-05,");
        csv.ShouldContain(",24.50,5,120,60,40,45,12.40,polybag,100:9.80,,Harbour Classic Mini-Rucksack 9 L,");
        read.Specs!.CapacityLitres.ShouldBe(0.1 + 0.2);
        read.Specs.HeightCm.ShouldBe(12.345678901234567);
        read.Specs.WidthCm.ShouldBe(1e-5);
        read.Variants!.Single().PriceTiers!.Single().UnitPriceUsd.ShouldBe(9.80m);
    }

    [Fact]
    public void A_product_without_skus_is_one_row_with_empty_sku_columns()
    {
        var product = ProductDocument.Example with { Variants = [], Translations = null };

        var csv = Write([product]);
        var read = Read(csv).Products.Single().Document;

        csv.ShouldEndWith(",," + new string(',', CatalogueCsvColumns.Variant.Count - 1 + CatalogueCsvColumns.Translation.Count) + "\r\n");
        read.Variants.ShouldBeEmpty();
        AsJson([read]).ShouldBe(AsJson([product with { CreatedAt = null }]));
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks_and_rows_are_numbered_by_line()
    {
        var product = ProductDocument.Example with { Description = "Line one, with a comma\nand \"quotes\" on line two." };
        var second = VariantDocument.Example with { Sku = "CL-HARB9-NVY", Moq = 0 };

        var file = Read(Write([product with { Variants = [VariantDocument.Example, second] }]));

        file.Products.Single().Document.Description.ShouldBe(product.Description);
        file.Products.Single().Locate(1, "moq").ShouldBe(new ImportLocation(4, "moq", null), "the first record spans lines 2 and 3");
        file.Products.Single().Locate(null, "specs.capacityLitres").ShouldBe(new ImportLocation(2, "capacity_litres", null));
    }

    [Fact]
    public void Blank_lines_and_rows_of_empty_fields_are_skipped_and_still_counted_as_lines()
    {
        var csv = $"{Header}\r\n\r\n{new string(',', CatalogueCsvColumns.All.Count - 1)}\r\n{Row("moq", "ten")}\r\n";

        var error = Read(csv).Errors.ShouldHaveSingleItem();

        error.At.ShouldBe(new ImportLocation(4, "moq", null));
        error.Message.ShouldBe("moq: 'ten' is not a whole number.");
        error.ProductId.ShouldBe("classic-harbour-9");
        error.Sku.ShouldBe("CL-HARB9-BLK");
    }

    [Fact]
    public void Columns_may_come_in_any_order()
    {
        var reordered = string.Join("\r\n", Records(Write([ProductDocument.Example])).Select(r => Encode(r.Reverse())));

        var file = Read(reordered);

        file.Errors.ShouldBeEmpty();
        AsJson(file.Products.Select(p => p.Document)).ShouldBe(AsJson([ProductDocument.Example]));
    }

    [Fact]
    public void A_missing_and_an_unknown_column_are_one_error_each_on_row_1_and_no_row_is_read()
    {
        var header = Header.Replace(",carton_size,", ",carton_sizes,", StringComparison.Ordinal).Replace(",hs_code", "", StringComparison.Ordinal);

        var file = Read($"{header}\r\nnot,even,a,row\r\n");

        file.Products.ShouldBeEmpty();
        file.Errors.Select(e => (e.At.Row, e.At.Column)).ShouldBe([(1, "carton_sizes"), (1, "hs_code"), (1, "carton_size")]);
        file.Errors[0].Message.ShouldStartWith("'carton_sizes' is not a column of the catalogue CSV");
        file.Errors[1].Message.ShouldBe("The header lacks the column hs_code.");
    }

    [Fact]
    public void A_column_named_twice_is_an_error()
    {
        var file = Read($"{Header},sku\r\n");

        file.Errors.ShouldHaveSingleItem().ShouldBe(new ImportError(new ImportLocation(1, "sku", null), null, null, "The column sku appears more than once in the header."));
    }

    [Fact]
    public void An_empty_file_needs_its_header()
    {
        var error = Read("").Errors.ShouldHaveSingleItem();

        error.At.ShouldBe(new ImportLocation(1, null, null));
        error.Message.ShouldStartWith("The file is empty. Its first line is the header: product_id,category,");
    }

    [Fact]
    public void A_row_with_too_few_or_too_many_fields_is_an_error_for_that_row()
    {
        var file = Read($"{Header}\r\n{Row("moq", "100")},extra\r\nclassic-harbour-9,classic\r\n");

        file.Errors.Select(e => (e.At.Row, e.At.Column, e.Message)).ShouldBe([
            (2, null, "The row has 52 fields; the header has 51. Every row has a field for every column."),
            (3, null, "The row has 2 fields; the header has 51. Every row has a field for every column."),
        ]);
        file.Products.ShouldBeEmpty();
    }

    [Fact]
    public void Malformed_quoting_is_an_error_for_its_row()
    {
        var file = Read($"{Header}\r\n{Row().Replace("Harbour Classic", "Harbour \"Classic\"", StringComparison.Ordinal)}\r\n");

        var error = file.Errors.ShouldHaveSingleItem();
        error.At.ShouldBe(new ImportLocation(2, null, null));
        error.Message.ShouldStartWith("The row's quoting is malformed (a quote inside an unquoted field)");
    }

    [Theory]
    [InlineData("capacity_litres", "nine", "capacity_litres: 'nine' is not a number such as 9 or 12.5.")]
    [InlineData("capacity_litres", "9,5", null)]
    [InlineData("weight_grams", "380.5", "weight_grams: '380.5' is not a whole number.")]
    [InlineData("moq", "99999999999", "moq: '99999999999' is not a whole number.")]
    [InlineData("uv_stabilised", "yes", "uv_stabilised: 'yes' is not true or false.")]
    [InlineData("sample_price_usd", "$24.50", "sample_price_usd: '$24.50' is not a USD amount such as 24.50.")]
    [InlineData("created_at", "01/03/2025", "created_at: '01/03/2025' is not an ISO 8601 UTC time such as 2025-03-01T09:30:00Z.")]
    [InlineData("price_tiers", "100:9.80|300-9.20", "price_tiers: '300-9.20' is not a price tier: write minQuantity:unitPriceUsd pairs separated by |, e.g. 100:9.80|300:9.21.")]
    public void A_value_that_does_not_read_is_an_error_at_its_row_and_column(string column, string value, string? message)
    {
        var error = Read($"{Header}\r\n{Row(column, value)}\r\n").Errors.ShouldHaveSingleItem();

        error.At.ShouldBe(new ImportLocation(2, column, null));
        error.Message.ShouldBe(message ?? $"{column}: '{value}' is not a number such as 9 or 12.5.");
    }

    [Theory]
    [InlineData("2025-03-01T09:30:00Z", "2025-03-01T09:30:00+00:00")]
    [InlineData("2025-03-01T09:30:00.125Z", "2025-03-01T09:30:00.125+00:00")]
    [InlineData("2025-03-01T11:30:00+02:00", "2025-03-01T09:30:00+00:00")]
    [InlineData("2025-03-01T09:30:00", "2025-03-01T09:30:00+00:00")]
    [InlineData("2025-03-01", "2025-03-01T00:00:00+00:00")]
    public void Times_are_iso_8601_and_utc_unless_they_say_otherwise(string cell, string utc)
    {
        var product = Read($"{Header}\r\n{Row("created_at", cell)}\r\n").Products.Single().Document;

        product.CreatedAt!.Value.ToUniversalTime().ShouldBe(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Booleans_read_as_spreadsheets_write_them()
    {
        Read($"{Header}\r\n{Row("uv_stabilised", "TRUE")}\r\n").Products.Single().Document.Specs!.UvStabilised.ShouldBe(true);
        Read($"{Header}\r\n{Row("uv_stabilised", "False")}\r\n").Products.Single().Document.Specs!.UvStabilised.ShouldBe(false);
    }

    [Fact]
    public void Empty_optional_cells_are_null_and_lists_are_empty()
    {
        var row = Row(("product_status", ""), ("variant_status", ""), ("sample_price_usd", ""), ("sample_max", ""), ("stock_on_hand", ""),
            ("features", ""), ("created_at", ""));

        var product = Read($"{Header}\r\n{row}\r\n").Products.Single().Document;

        product.Status.ShouldBeNull();
        product.Features.ShouldBeEmpty();
        product.CreatedAt.ShouldBeNull();
        var variant = product.Variants.ShouldHaveSingleItem();
        (variant.Status, variant.SamplePriceUsd, variant.SampleMax, variant.StockOnHand).ShouldBe((null, null, null, null));
    }

    [Fact]
    public void Product_columns_must_agree_on_every_row_of_the_product()
    {
        var second = Row(("sku", "CL-HARB9-NVY"), ("name", "Harbour Mini"));

        var file = Read($"{Header}\r\n{Row("sku", "CL-HARB9-BLK")}\r\n{second}\r\n");

        var error = file.Errors.ShouldHaveSingleItem();
        error.At.ShouldBe(new ImportLocation(3, "name", null));
        error.Message.ShouldBe("name differs from row 2, the product's first row; product columns repeat the same value on every row of a product.");
        file.Products.Single().Document.Variants!.Select(v => v.Sku).ShouldBe(["CL-HARB9-BLK", "CL-HARB9-NVY"]);
    }

    [Fact]
    public void Translation_columns_must_agree_on_every_row_of_the_product_too()
    {
        var second = Row(("sku", "CL-HARB9-NVY"), ("name_de", "Harbour Mini-Rucksack"));

        var file = Read($"{Header}\r\n{Row("sku", "CL-HARB9-BLK")}\r\n{second}\r\n");

        file.Errors.ShouldHaveSingleItem().At.ShouldBe(new ImportLocation(3, "name_de", null));
    }

    [Fact]
    public void Rows_of_one_product_need_not_be_next_to_each_other()
    {
        var other = Row(("sku", "CL-OTHER-BLK"), ("product_id", "classic-other-9"));

        var file = Read($"{Header}\r\n{Row("sku", "CL-HARB9-BLK")}\r\n{other}\r\n{Row("sku", "CL-HARB9-NVY")}\r\n");

        file.Errors.ShouldBeEmpty();
        file.Products.Select(p => p.Document.Id).ShouldBe(["classic-harbour-9", "classic-other-9"]);
        file.Products[0].Locate(1, "sku").Row.ShouldBe(4);
    }

    [Fact]
    public void A_row_without_a_product_id_is_an_error()
    {
        var error = Read($"{Header}\r\n{Row("product_id", "")}\r\n").Errors.ShouldHaveSingleItem();

        error.At.ShouldBe(new ImportLocation(2, "product_id", null));
    }

    [Fact]
    public void More_rows_than_allowed_stops_reading()
    {
        var csv = Write(Seed);

        Read(csv, maxRows: 106).OverRowLimit.ShouldBeFalse();
        Read(csv, maxRows: 105).OverRowLimit.ShouldBeTrue();
    }

    [Theory]
    [InlineData("id", "product_id")]
    [InlineData("status", "product_status")]
    [InlineData("specs.capacityLitres", "capacity_litres")]
    [InlineData("specs.uvStabilised", "uv_stabilised")]
    [InlineData("features[3]", "features")]
    [InlineData("createdAt", "created_at")]
    [InlineData("variants", "sku")]
    public void Product_paths_name_their_column(string path, string column) => CatalogueCsvColumns.ForProductPath(path).ShouldBe(column);

    [Theory]
    [InlineData("sku", "sku")]
    [InlineData("status", "variant_status")]
    [InlineData("material", "variant_material")]
    [InlineData("orderIncrement", "order_increment")]
    [InlineData("priceTiers", "price_tiers")]
    [InlineData("priceTiers[1].unitPriceUsd", "price_tiers")]
    public void Sku_paths_name_their_column(string path, string column) => CatalogueCsvColumns.ForVariantPath(path).ShouldBe(column);
}
