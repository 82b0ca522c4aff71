using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Imports;

/// <summary>
/// A JSON import's customisation options: held to the option rules at customizationOptions[i] with the products' errors, nothing
/// written when any fails; otherwise created or replaced by id after the products (so an option may name a SKU the same file adds),
/// audited with the import's reason and shown on the products they apply to.
/// </summary>
public sealed class CustomizationOptionImportTests : IAsyncLifetime
{
    // Each test imports into a catalogue of its own: one adds a SKU the other must not find.
    private readonly CatalogueApiFactory api = new();

    public ValueTask InitializeAsync() => api.InitializeAsync();

    public ValueTask DisposeAsync() => api.DisposeAsync();

    private static JsonObject Option(string id, string method, string[] placements, string[] families, string[] skus) => new()
    {
        ["id"] = id, ["method"] = method, ["name"] = $"Imported {method}", ["placements"] = new JsonArray([.. placements.Select(p => JsonValue.Create(p))]),
        ["maxColours"] = 4, ["surcharges"] = new JsonArray(new JsonObject { ["minQuantity"] = 300, ["unitSurchargeUsd"] = 0.55m }),
        ["setupFeeUsd"] = 25.00m, ["setupFeePer"] = "design", ["moqPerDesign"] = 300, ["extraLeadDays"] = 10,
        ["artworkFormats"] = new JsonArray("pdf", "png"), ["families"] = new JsonArray([.. families.Select(f => JsonValue.Create(f))]),
        ["skus"] = new JsonArray([.. skus.Select(s => JsonValue.Create(s))]),
    };

    /// <summary>The seeded export with a new SKU on the Metro 9 and the given options.</summary>
    private static async Task<string> FileAsync(HttpClient admin, params JsonObject?[] options)
    {
        var file = JsonNode.Parse(await admin.ExportAsync())!.AsObject();
        var metro = file["products"]!.AsArray().Single(p => (string?)p!["id"] == "classic-metro-9")!;
        var variant = metro["variants"]!.AsArray()[0]!.DeepClone().AsObject();
        variant["sku"] = "CL-METRO9-SND";
        variant["colour"] = "Sand";
        metro["variants"]!.AsArray().Add(variant);
        file["customizationOptions"] = new JsonArray([.. options]);
        return file.ToJsonString();
    }

    [Fact]
    public async Task Broken_options_are_reported_at_their_paths_and_nothing_is_written()
    {
        var admin = await api.AdminClientAsync();
        var audit = await api.AuditEntriesAsync();
        var file = await FileAsync(admin,
            Option("kids-glow-transfer", "heat-transfer", ["front-panel", "reflective-strip"], ["kids"], []),
            null,
            Option("sand-label", "woven-label", ["inside-label"], [], ["CL-METRO9-SND", "ZZ-NOT-SOLD"]),
            Option("kids-glow-transfer", "heat-transfer", ["front-panel"], ["kids"], []));

        var errors = await (await admin.ImportAsync(file, "application/json")).ShouldBeRejectedAsync();

        errors.Select(e => e.Text("path")).ShouldBe(["customizationOptions[0].placements", "customizationOptions[1]", "customizationOptions[2].skus[1]",
            "customizationOptions[3].id"]);
        errors[0].Text("message")!.ShouldStartWith("Children's bags take no heat transfer on reflective parts");
        errors[2].Text("message")!.ShouldContain("ZZ-NOT-SOLD");
        errors[2].Text("message")!.ShouldNotContain("CL-METRO9-SND", Case.Sensitive, "the SKU the same file adds is known to the option rules");
        (await api.AuditEntriesAsync()).ShouldBe(audit, "one error anywhere and nothing is written");
        await (await admin.GetAsync("/v1/admin/variants/CL-METRO9-SND", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Options_are_created_or_replaced_after_the_products_and_audited_as_the_import()
    {
        var admin = await api.AdminClientAsync();
        var seeded = JsonNode.Parse(await admin.ExportAsync())!["customizationOptions"]!.AsArray();
        var changed = seeded.Single(o => (string?)o!["id"] == "logo-embroidery-5k")!.DeepClone().AsObject();
        changed["extraLeadDays"] = 12;
        var file = await FileAsync(admin, [Option("sand-label", "woven-label", ["inside-label"], [], ["CL-METRO9-SND"]), changed]);

        var report = await (await admin.ImportAsync(file, "application/json")).ShouldBeReportAsync();

        report.Counts("customizationOptions").ShouldBe((1, 1, 0));
        var product = (await api.CreateClient().GetJsonAsync<ProductResponse>("/v1/products/classic-metro-9"))!;
        product.CustomizationOptions.Single(o => o.Id == "logo-embroidery-5k").ExtraLeadDays.ShouldBe(12);
        product.CustomizationOptions.ShouldContain(o => o.Id == "sand-label");
        var trail = (await admin.GetJsonAsync<ListAuditEntriesResponse>("/v1/admin/audit?resourceId=sand-label"))!;
        var created = trail.Items.ShouldHaveSingleItem();
        (created.Action, created.Reason).ShouldBe(("customization_option.created", $"bulk import {report.GetProperty("importId").GetString()}"));
        (await (await admin.ImportAsync(file, "application/json")).ShouldBeReportAsync()).Counts("customizationOptions")
            .ShouldBe((0, 0, 2), "importing the same file again changes nothing");
    }
}
