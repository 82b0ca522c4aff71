using System.Diagnostics.CodeAnalysis;
using Backpack.Catalog.Api.Features.Admin.Catalogue;

// The folder is named after the feature (bulk imports) as the layout prescribes; no Visual Basic code consumes this assembly.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Feature folder name; C# only.",
    Scope = "namespaceanddescendants", Target = "~N:Backpack.Catalog.Api.Features.Admin.Imports")]

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>Where in an import file something is: a CSV row and column, or a JSON path.</summary>
/// <param name="Row">CSV: the line the record starts on, the header being line 1. JSON: the product's index, which only orders the errors.</param>
/// <param name="Column">CSV: the header name of the column; null for a whole row.</param>
/// <param name="Path">JSON: the path from the document's root, e.g. products[3].variants[0].moq.</param>
public sealed record ImportLocation(int Row, string? Column, string? Path)
{
    public string Describe() => Path ?? $"row {Row}";
}

public sealed record ImportError(ImportLocation At, string? ProductId, string? Sku, string Message);

/// <summary>
/// A product as the file gives it, and how to name a place in the file from a path within the product: a field of
/// the product itself (variantIndex null), of the file's variantIndex-th SKU of it, or (-1) of a stored SKU the file does not list.
/// </summary>
public sealed record ImportedProduct(ProductDocument Document, Func<int?, string, ImportLocation> Locate);

/// <summary>A file read for import: its products (and, in JSON, customisation options) and the problems found reading it, or that it
/// has more rows than allowed.</summary>
public sealed record ImportFile(
    string Format, IReadOnlyList<ImportedProduct> Products, IReadOnlyList<ImportError> Errors, bool OverRowLimit = false,
    IReadOnlyList<Customization.CustomizationOptionDocument?>? Options = null,
    IReadOnlyList<Labels.CatalogueLabelDocument?>? Labels = null)
{
    public const string Csv = "csv";
    public const string Json = "json";

    public static readonly IReadOnlyList<string> Formats = [Json, Csv];
}
