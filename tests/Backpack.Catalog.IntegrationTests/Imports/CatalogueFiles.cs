using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using CsvHelper;

[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
    Justification = "Named after the feature folder it tests; C# only.", Scope = "namespaceanddescendants", Target = "~N:Backpack.Catalog.IntegrationTests.Imports")]

namespace Backpack.Catalog.IntegrationTests.Imports;

/// <summary>Export and import over HTTP, as an admin's script would call them.</summary>
public static class CatalogueFiles
{
    public const string ExportRoute = "/v1/admin/catalogue/export";
    public const string ImportRoute = "/v1/admin/catalogue/import";

    public static async Task<string> ExportAsync(this HttpClient admin, string format = "json")
    {
        var response = await admin.GetAsync($"{ExportRoute}?format={format}", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return body;
    }

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient admin, string body, string contentType, bool? dryRun = null) =>
        admin.PostAsync(ImportRoute + (dryRun is { } d ? $"?dryRun={(d ? "true" : "false")}" : ""),
            new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> ImportCsvAsync(this HttpClient admin, string csv, bool? dryRun = null) => admin.ImportAsync(csv, "text/csv", dryRun);

    public static Task<HttpResponseMessage> ImportJsonAsync(this HttpClient admin, string json, bool? dryRun = null) => admin.ImportAsync(json, "application/json", dryRun);

    /// <summary>The 200 report of an import that passed.</summary>
    public static async Task<JsonElement> ShouldBeReportAsync(this HttpResponseMessage response) => await response.ShouldBeJsonAsync<JsonElement>();

    public static (int Created, int Updated, int Unchanged) Counts(this JsonElement report, string of)
    {
        var counts = report.GetProperty(of);
        return (counts.GetProperty("created").GetInt32(), counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32());
    }

    /// <summary>Asserts the 422 import-rejected problem and returns its errors.</summary>
    public static async Task<List<JsonElement>> ShouldBeRejectedAsync(this HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/import-rejected");
        return [.. problem.GetProperty("errors").EnumerateArray()];
    }

    public static (int Row, string? Column) At(this JsonElement error) =>
        (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString());

    public static string? Text(this JsonElement error, string property) => error.GetProperty(property).GetString();

    public static Task<long> AuditEntriesAsync(this CatalogueApiFactory api) => api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM catalogue_audit");

    /// <summary>The change feed's last sequence number, which every write to the feed moves on.</summary>
    public static Task<long> FeedSequenceAsync(this CatalogueApiFactory api) => api.Database.ScalarAsync<long>("SELECT last_sequence FROM catalogue_sequence");
}

/// <summary>A catalogue CSV as records of cells, to change a cell by column name and write it back (RFC 4180, CRLF).</summary>
public sealed class CsvTable
{
    private CsvTable(List<string> header, List<List<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public List<string> Header { get; }

    /// <summary>Data records; the record at index i starts on line i + 2 when no cell holds a line break.</summary>
    public List<List<string>> Rows { get; }

    public static CsvTable Parse(string text)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = ',', HasHeader = false });
        var records = new List<List<string>>();
        while (csv.Read())
        {
            records.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i))]);
        }

        return new CsvTable(records[0], records.Skip(1).ToList());
    }

    public string this[int row, string column]
    {
        get => Rows[row][Header.IndexOf(column)];
        set => Rows[row][Header.IndexOf(column)] = value;
    }

    /// <summary>The index of the row of <paramref name="sku"/>.</summary>
    public int RowOf(string sku) => Rows.FindIndex(r => r[Header.IndexOf("sku")] == sku);

    /// <summary>Sets a product column on every row of that product.</summary>
    public void SetProduct(string productId, string column, string value)
    {
        foreach (var row in Rows.Where(r => r[0] == productId))
        {
            row[Header.IndexOf(column)] = value;
        }
    }

    public CsvTable Copy() => new([.. Header], Rows.Select(r => r.ToList()).ToList());

    public override string ToString() => string.Concat(new[] { Header }.Concat(Rows).Select(r => Encode(r) + "\r\n"));

    public static string Encode(IEnumerable<string> cells) =>
        string.Join(',', cells.Select(c => c.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c));
}
