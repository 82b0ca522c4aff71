using System.Net;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Imports;

public sealed class CatalogueExportTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static string Today => DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Json_export_is_the_whole_seeded_catalogue_products_by_id_skus_by_code_and_the_same_every_time()
    {
        var admin = await api.AdminClientAsync();
        var response = await admin.GetAsync(CatalogueFiles.ExportRoute, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.GetValues("Content-Disposition").Single().ShouldBe($"attachment; filename=catalogue-{Today}.json");
        var products = JsonDocument.Parse(body).RootElement.GetProperty("products").EnumerateArray().ToList();
        products.Count.ShouldBe(30);
        products.Select(p => p.GetProperty("id").GetString()).ShouldBe(SeedExpectations.Products.Select(p => p.Id).Order(StringComparer.Ordinal));
        var skus = products.SelectMany(p => p.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()!)).ToList();
        skus.Count.ShouldBe(106);
        foreach (var product in products)
        {
            var codes = product.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()).ToList();
            codes.ShouldBe(codes.Order(StringComparer.Ordinal));
        }

        (await admin.ExportAsync()).ShouldBe(body);
        (await admin.ExportAsync("json")).ShouldBe(body);
    }

    [Fact]
    public async Task Csv_export_has_a_header_and_one_row_per_sku_and_is_the_same_every_time()
    {
        var admin = await api.AdminClientAsync();
        var response = await admin.GetAsync($"{CatalogueFiles.ExportRoute}?format=csv", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        response.Content.Headers.GetValues("Content-Disposition").Single().ShouldBe($"attachment; filename=catalogue-{Today}.csv");
        var table = CsvTable.Parse(body);
        table.Header.ShouldBe(Backpack.Catalog.Api.Features.Admin.Imports.CatalogueCsvColumns.All);
        table.Rows.Count.ShouldBe(106);
        table.Rows.Select(r => r[0]).Distinct().Count().ShouldBe(30);
        var keys = table.Rows.Select(r => (Product: r[0], Sku: table.Header.IndexOf("sku") is var i ? r[i] : "")).ToList();
        keys.ShouldBe(keys.OrderBy(k => k.Product, StringComparer.Ordinal).ThenBy(k => k.Sku, StringComparer.Ordinal));
        body.Split("\r\n").Length.ShouldBe(108, "a header, 106 rows and the final line end, each ending CRLF");
        var metro = table.Rows[table.RowOf("CL-METRO9-BLK")];
        metro[table.Header.IndexOf("price_tiers")].ShouldMatch(@"^\d+:\d+\.\d{2}(\|\d+:\d+\.\d{2})+$");

        (await admin.ExportAsync("csv")).ShouldBe(body);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("CSV")]
    public async Task An_unknown_format_is_a_validation_problem(string format)
    {
        var admin = await api.AdminClientAsync();

        var response = await admin.GetAsync($"{CatalogueFiles.ExportRoute}?format={format}", TestContext.Current.CancellationToken);

        (await response.ShouldBeValidationProblemAsync()).ShouldBe(["format"]);
    }

    [Fact]
    public async Task Only_admin_keys_export_or_import()
    {
        foreach (var (key, status) in new[] { (DemoKeys.Nairobi, HttpStatusCode.Forbidden), (DemoKeys.Storefront, HttpStatusCode.Forbidden), ((string?)null, HttpStatusCode.Unauthorized) })
        {
            var client = key is null ? api.CreateClient() : api.ClientWithKey(key);
            await (await client.GetAsync(CatalogueFiles.ExportRoute, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(status);
            await (await client.ImportJsonAsync("""{"products":[]}""", dryRun: true)).ShouldBeProblemAsync(status);
        }
    }
}
