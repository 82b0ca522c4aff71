using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Imports;

namespace Backpack.Catalog.UnitTests.Imports;

/// <summary>The import guide's column table, worked example, error example and defaults are checked against the code.</summary>
public sealed partial class CatalogueImportDocumentationTests
{
    private static readonly string Guide = RepositoryFiles.ReadAllText("api-docs/catalogue-import.md");

    /// <summary>The first fenced block in <paramref name="language"/> after the text <paramref name="after"/>.</summary>
    private static string Block(string language, string after)
    {
        var fence = $"```{language}\n";
        var start = Guide.IndexOf(fence, Guide.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal) + fence.Length;
        return Guide[start..Guide.IndexOf("```", start, StringComparison.Ordinal)];
    }

    /// <summary>The CSV the worked example writes to catalogue.csv, each line ending in a line break.</summary>
    private static string WorkedExample
    {
        get
        {
            const string hereDocument = "cat > catalogue.csv <<'EOF'\n";
            var start = Guide.IndexOf(hereDocument, Guide.IndexOf("### Worked example", StringComparison.Ordinal), StringComparison.Ordinal) + hereDocument.Length;
            return Guide[start..(Guide.IndexOf("\nEOF\n", start, StringComparison.Ordinal) + 1)];
        }
    }

    [Fact]
    public void The_worked_example_reads_without_errors_keeps_every_rule_and_is_what_export_writes()
    {
        var file = CatalogueCsvReader.Read(Encoding.UTF8.GetBytes(WorkedExample), 5_000);

        file.Errors.ShouldBeEmpty();
        file.Products.Select(p => p.Document.Id).ShouldBe(["classic-harbour-9", "kids-sprout-mini-5"]);
        file.Products.Select(p => p.Document.Variants!.Count).ShouldBe([2, 0]);
        foreach (var product in file.Products)
        {
            CatalogueRules.Check(CatalogueMerge.Merge(null, product.Document)).ShouldBeEmpty(product.Document.Id);
        }

        Encoding.UTF8.GetString(CatalogueCsvWriter.Write(file.Products.Select(p => p.Document)))
            .ShouldBe(WorkedExample.ReplaceLineEndings("\r\n"));
    }

    [Fact]
    public void The_error_example_is_what_the_worked_example_gives_with_those_two_mistakes()
    {
        var broken = WorkedExample.Replace(",Navy,polyester,100,", ",Navy,polyester,ten,", StringComparison.Ordinal)
            .Replace("kids-sprout-mini-5,kids,", "kids-sprout-mini-5,duffel,", StringComparison.Ordinal);
        var file = CatalogueCsvReader.Read(Encoding.UTF8.GetBytes(broken), 5_000);
        var known = file.Errors.Select(e => e.At).ToHashSet();
        var errors = file.Errors.Concat(file.Products.SelectMany(p =>
        {
            var merged = CatalogueMerge.Merge(null, p.Document);
            return CatalogueRules.Check(merged).Select(v => RuleLocations.Locate(p, merged, v)).Where(e => !known.Contains(e.At));
        }));

        var documented = JsonDocument.Parse(Block("json", "For example, `moq` written as `ten`")).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("productId").GetString(),
                e.GetProperty("sku").GetString(), e.GetProperty("message").GetString()!));
        errors.Select(e => (e.At.Row, e.At.Column, e.ProductId, e.Sku, e.Message)).ShouldBe(documented);
    }

    [Fact]
    public void The_column_table_lists_every_column_in_export_order_with_the_field_it_carries()
    {
        var section = Guide[Guide.IndexOf("## The CSV", StringComparison.Ordinal)..Guide.IndexOf("### Worked example", StringComparison.Ordinal)];
        var rows = TableRow().Matches(section).Select(m => (Column: m.Groups["column"].Value, Field: m.Groups["field"].Value)).ToList();

        rows.Select(r => r.Column).ShouldBe(CatalogueCsvColumns.All);
        WorkedExample.Split('\n')[0].ShouldBe(string.Join(',', CatalogueCsvColumns.All));
        foreach (var (column, field) in rows)
        {
            var mapped = field.StartsWith("variants[].", StringComparison.Ordinal)
                ? CatalogueCsvColumns.ForVariantPath(field["variants[].".Length..])
                : CatalogueCsvColumns.ForProductPath(field);
            mapped.ShouldBe(column, field);
        }
    }

    [Fact]
    public void The_documented_limits_are_the_defaults()
    {
        var defaults = new CatalogueImportOptions();

        Guide.ShouldContain($"| `CatalogueImport:MaxBytes` | `{defaults.MaxBytes}` (4 MiB) |");
        Guide.ShouldContain($"| `CatalogueImport:MaxRows` | `{defaults.MaxRows}` |");
        Guide.ShouldContain($"at most {ImportProblems.MaxErrors:N0}; past that, `truncatedErrors`");
    }

    [GeneratedRegex(@"^\| `(?<column>[a-z_]+)` \|.*\| `(?<field>[A-Za-z.\[\]-]+)` \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
