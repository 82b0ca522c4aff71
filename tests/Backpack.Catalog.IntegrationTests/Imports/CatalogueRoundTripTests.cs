using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Imports;

/// <summary>
/// The seeded app's export, imported into a second app on an empty database, gives the same catalogue: the second
/// app exports the same bytes and serves the same public reads (apart from updatedAt, which records the import). A JSON
/// export carries the customisation options too, so its import gives the same options on every product; CSV has one row per
/// SKU and no options.
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
        var json = format == "json";
        if (json)
        {
            report.Counts("customizationOptions").ShouldBe((11, 0, 0));
        }
        else
        {
            report.GetProperty("customizationOptions").ValueKind.ShouldBe(JsonValueKind.Null, "a CSV file carries no options");
        }

        (await target.ExportAsync(format)).ShouldBe(file);
        if (json)
        {
            (await target.ExportAsync("csv")).ShouldBe(await source.ExportAsync("csv"));
        }
        else
        {
            WithoutOptions(await target.ExportAsync("json")).ShouldBe(WithoutOptions(await source.ExportAsync("json")),
                "the JSON exports differ only by the options, which the CSV did not carry");
        }

        var anonymousSource = seeded.CreateClient();
        var anonymousTarget = empty.CreateClient();
        foreach (var product in SeedExpectations.Products)
        {
            var expected = await PublicProductAsync(anonymousSource, product.Id, withOptions: json);
            var actual = await PublicProductAsync(anonymousTarget, product.Id, withOptions: json);
            actual.ShouldBe(expected, product.Id);
        }

        const string listing = "/v1/products?limit=100";
        (await ListingWithoutImagesAsync(anonymousTarget, listing)).ShouldBe(await ListingWithoutImagesAsync(anonymousSource, listing));
    }

    private static string WithoutOptions(string export)
    {
        var document = JsonNode.Parse(export)!.AsObject();
        document.Remove("customizationOptions");
        return document.ToJsonString(Indented);
    }

    /// <summary>The product list without its covers: images are files, which the export does not carry.</summary>
    private static async Task<string> ListingWithoutImagesAsync(HttpClient client, string url)
    {
        var body = JsonNode.Parse(await client.GetStringAsync(url, TestContext.Current.CancellationToken))!;
        foreach (var item in body["items"]!.AsArray())
        {
            item!.AsObject().Remove("image");
        }

        return body.ToJsonString();
    }

    /// <summary>The public product read, without updatedAt, its certificates' ids (an import declares each certificate anew), its images (files,
    /// which the export does not carry) and, unless the import carried them, customizationOptions.</summary>
    private static async Task<string> PublicProductAsync(HttpClient client, string id, bool withOptions)
    {
        var body = JsonNode.Parse(await client.GetStringAsync($"/v1/products/{id}", TestContext.Current.CancellationToken))!.AsObject();
        body.Remove("updatedAt").ShouldBeTrue();
        body.Remove("images").ShouldBeTrue();
        foreach (var certificate in body["certificates"]!.AsArray())
        {
            certificate!.AsObject().Remove("id").ShouldBeTrue();
        }

        if (!withOptions)
        {
            body.Remove("customizationOptions").ShouldBeTrue();
        }

        return body.ToJsonString(Indented);
    }
}
