using System.Net;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.Imports;

/// <summary>The app with imports of at most 16 KiB and 3 rows.</summary>
public sealed class SmallImportLimitsApiFactory : CatalogueApiFactory
{
    public const int MaxBytes = 16 * 1024;
    public const int MaxRows = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CatalogueImport:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("CatalogueImport:MaxRows", MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class CatalogueImportLimitsTests(SmallImportLimitsApiFactory api) : IClassFixture<SmallImportLimitsApiFactory>
{
    private static string Padded(int bytes) => "{\"products\":[]" + new string(' ', bytes - 15) + "}";

    [Fact]
    public async Task A_body_over_the_limit_by_content_length_is_413()
    {
        var admin = await api.AdminClientAsync();

        var response = await admin.ImportJsonAsync(Padded(SmallImportLimitsApiFactory.MaxBytes + 1), dryRun: true);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/payload-too-large");
        problem.GetProperty("detail").GetString()!.ShouldStartWith($"An import holds at most {SmallImportLimitsApiFactory.MaxBytes} bytes (CatalogueImport:MaxBytes).");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_and_one_at_the_limit_is_read()
    {
        var admin = await api.AdminClientAsync();

        var over = await admin.PostAsync($"{CatalogueFiles.ImportRoute}?dryRun=true", new ChunkedContent(Padded(SmallImportLimitsApiFactory.MaxBytes + 1)),
            TestContext.Current.CancellationToken);
        var atLimit = await admin.PostAsync($"{CatalogueFiles.ImportRoute}?dryRun=true", new ChunkedContent(Padded(SmallImportLimitsApiFactory.MaxBytes)),
            TestContext.Current.CancellationToken);

        await over.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await atLimit.ShouldBeReportAsync()).Counts("products").ShouldBe((0, 0, 0));
    }

    [Fact]
    public async Task More_csv_rows_than_allowed_is_413_and_as_many_is_fine()
    {
        var admin = await api.AdminClientAsync();
        var table = CsvTable.Parse(await admin.ExportAsync("csv"));
        var four = table.Copy();
        four.Rows.RemoveRange(4, four.Rows.Count - 4);
        var three = table.Copy();
        three.Rows.RemoveRange(3, three.Rows.Count - 3);

        var problem = await (await admin.ImportCsvAsync(four.ToString(), dryRun: true)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var report = await (await admin.ImportCsvAsync(three.ToString(), dryRun: true)).ShouldBeReportAsync();

        problem.GetProperty("detail").GetString()!.ShouldStartWith("An import holds at most 3 CSV rows (CatalogueImport:MaxRows).");
        report.Counts("skus").ShouldBe((0, 0, 3));
    }

    [Fact]
    public async Task More_json_skus_than_allowed_is_413()
    {
        var admin = await api.AdminClientAsync();
        var products = JsonNode.Parse(await admin.ExportAsync())!["products"]!.AsArray();
        var metro = products.Single(p => p!["id"]!.GetValue<string>() == "classic-metro-9")!.DeepClone();

        var problem = await (await admin.ImportJsonAsync(new JsonObject { ["products"] = new JsonArray(metro) }.ToJsonString(), dryRun: true))
            .ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.GetProperty("detail").GetString()!.ShouldStartWith("An import holds at most 3 SKUs (a product without SKUs counting as one)");
    }
}
