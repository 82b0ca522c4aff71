using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Imports;

/// <summary>
/// The seeded app's export, imported into a second app on an empty database, gives the same catalogue: the second
/// app exports the same bytes and serves the same public reads (apart from updatedAt, which records the import, and the
/// customisation options, which the export does not carry: the admin keeps them under /v1/admin/customization-options).
/// </summary>
public sealed class CatalogueRoundTripTests(CatalogueApiFactory seeded) : IClassFixture<CatalogueApiFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("csv", "text/csv")]
    public async Task An_export_imported_into_an_empty_catalogue_gives_the_same_catalogue(string format, string contentType)
    {
        await using var empty = new CatalogueApiFactory { SeedDemoCatalogue = false };
        await empty.InitializeAsync();
        var source = await seeded.AdminClientAsync();
        var target = await empty.AdminClientAsync();
        JsonDocument.Parse(await target.ExportAsync()).RootElement.GetProperty("products").GetArrayLength().ShouldBe(0, "the second app starts with no products");

        var file = await source.ExportAsync(format);
        var report = await (await target.ImportAsync(file, contentType)).ShouldBeReportAsync();

        report.GetProperty("dryRun").GetBoolean().ShouldBeFalse();
        report.GetProperty("format").GetString().ShouldBe(format);
        report.Counts("products").ShouldBe((30, 0, 0));
        report.Counts("skus").ShouldBe((106, 0, 0));
        (await target.ExportAsync(format)).ShouldBe(file);
        (await target.ExportAsync(format == "json" ? "csv" : "json")).ShouldBe(await source.ExportAsync(format == "json" ? "csv" : "json"));

        var anonymousSource = seeded.CreateClient();
        var anonymousTarget = empty.CreateClient();
        foreach (var product in SeedExpectations.Products)
        {
            var expected = await PublicProductAsync(anonymousSource, product.Id);
            var actual = await PublicProductAsync(anonymousTarget, product.Id);
            actual.ShouldBe(expected, product.Id);
        }

        const string listing = "/v1/products?limit=100";
        (await anonymousTarget.GetStringAsync(listing, TestContext.Current.CancellationToken))
            .ShouldBe(await anonymousSource.GetStringAsync(listing, TestContext.Current.CancellationToken));
    }

    /// <summary>The public product read, without updatedAt and customizationOptions.</summary>
    private static async Task<string> PublicProductAsync(HttpClient client, string id)
    {
        var body = JsonNode.Parse(await client.GetStringAsync($"/v1/products/{id}", TestContext.Current.CancellationToken))!.AsObject();
        body.Remove("updatedAt").ShouldBeTrue();
        body.Remove("customizationOptions").ShouldBeTrue();
        return body.ToJsonString(Indented);
    }
}
