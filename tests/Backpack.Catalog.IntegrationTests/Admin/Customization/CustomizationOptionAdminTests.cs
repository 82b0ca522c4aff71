using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.Api.Features.Catalogue.ListChanges;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Admin.Customization;

/// <summary>
/// The admin decides what buyers may have added to a bag: each option is written only at the version it was read, lands
/// in the audit trail, shows on the product reads it applies to, and re-announces those products in the change feed.
/// </summary>
public sealed class CustomizationOptionAdminTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private const string Url = "/v1/admin/customization-options/tactical-reflective-transfer";

    private static object Option(decimal firstSurcharge, string[] skus, string? id = "tactical-reflective-transfer") => new
    {
        id, method = "heat-transfer", name = "Reflective heat-transfer logo", placements = new List<string> { "front-panel", "reflective-strip" },
        maxColours = 2, surcharges = new[] { new { minQuantity = 200, unitSurchargeUsd = firstSurcharge }, new { minQuantity = 1000, unitSurchargeUsd = 0.40m } },
        setupFeeUsd = 45.00m, moqPerDesign = 200, extraLeadDays = 9, artworkFormats = new List<string> { "ai", "pdf" }, skus,
    };

    private static HttpRequestMessage Send(HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: HttpAssertions.Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private async Task<ProductResponse> ProductAsync(string id) => (await api.CreateClient().GetJsonAsync<ProductResponse>($"/v1/products/{id}"))!;

    private async Task<string> FeedEndAsync()
    {
        var cursor = (await api.CreateClient().GetJsonAsync<ListChangesResponse>("/v1/catalogue/changes?limit=500"))!.NextCursor;
        while (true)
        {
            var page = (await api.CreateClient().GetJsonAsync<ListChangesResponse>($"/v1/catalogue/changes?limit=500&since={cursor}"))!;
            cursor = page.NextCursor;
            if (!page.HasMore)
            {
                return cursor;
            }
        }
    }

    private async Task<IReadOnlyList<string>> FeedSinceAsync(string cursor) =>
        (await api.CreateClient().GetJsonAsync<ListChangesResponse>($"/v1/catalogue/changes?limit=500&since={cursor}"))!
            .Changes.Select(c => $"{c.ResourceType}:{c.Id}:{c.Change}").ToList();

    [Fact]
    public async Task An_option_is_created_replaced_only_at_its_version_and_deleted_showing_on_its_products_and_in_the_feed_and_the_audit()
    {
        var admin = await api.AdminClientAsync();
        var feed = await FeedEndAsync();

        var created = await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/customization-options", Option(0.55m, ["TC-SENT12-BLK"]), null), Cancellation);
        var option = await created.ShouldBeJsonAsync<CustomizationOptionResponse>(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe(Url);
        created.Headers.ETag!.Tag.ShouldBe("\"1\"");
        (option.SetupFeePer, option.Surcharges[0].UnitSurchargeUsd, option.Version).ShouldBe(("design", 0.55m, 1));
        await (await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/customization-options", Option(0.5m, ["TC-SENT12-BLK"]), null), Cancellation))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await FeedSinceAsync(feed)).ShouldBe(["product:tactical-sentinel-12:upserted"]);

        var offered = (await ProductAsync("tactical-sentinel-12")).CustomizationOptions.Single(o => o.Id == option.Id);
        offered.Skus.ShouldBe(["TC-SENT12-BLK"]);
        (offered.SetupFeeUsd, offered.ExtraLeadDays).ShouldBe((45.00m, 9));
        (await ProductAsync("tactical-patrol-10")).CustomizationOptions.ShouldNotContain(o => o.Id == option.Id);

        feed = await FeedEndAsync();
        var moved = Option(0.60m, ["TC-PATROL10-BLK"], id: null);
        await (await admin.SendAsync(Send(HttpMethod.Put, Url, moved, null), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await admin.SendAsync(Send(HttpMethod.Put, Url, moved, "\"9\""), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var replaced = await (await admin.SendAsync(Send(HttpMethod.Put, Url, moved, "\"1\""), Cancellation)).ShouldBeJsonAsync<CustomizationOptionResponse>();
        replaced.Skus.ShouldBe(["TC-PATROL10-BLK"]);
        replaced.Version.ShouldBe(2);
        (await FeedSinceAsync(feed)).Order().ToList().ShouldBe(["product:tactical-patrol-10:upserted", "product:tactical-sentinel-12:upserted"],
            "the product it left and the one it joined both read differently now");
        (await ProductAsync("tactical-sentinel-12")).CustomizationOptions.ShouldNotContain(o => o.Id == option.Id);
        (await ProductAsync("tactical-patrol-10")).CustomizationOptions.Single(o => o.Id == option.Id).Surcharges[0].UnitSurchargeUsd.ShouldBe(0.60m);
        (await (await admin.SendAsync(Send(HttpMethod.Put, Url, moved, "\"2\""), Cancellation)).ShouldBeJsonAsync<CustomizationOptionResponse>())
            .Version.ShouldBe(2, "the same option again is no change");

        await (await admin.SendAsync(Send(HttpMethod.Delete, Url, null, "\"1\""), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.SendAsync(Send(HttpMethod.Delete, Url, null, "\"2\""), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.GetAsync(Url, Cancellation)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await ProductAsync("tactical-patrol-10")).CustomizationOptions.ShouldNotContain(o => o.Id == option.Id);

        var trail = (await admin.GetJsonAsync<ListAuditEntriesResponse>("/v1/admin/audit?resourceId=tactical-reflective-transfer"))!;
        trail.Items.Select(e => e.Action).ShouldBe(["customization_option.deleted", "customization_option.updated", "customization_option.created"]);
        trail.Items.ShouldAllBe(e => e.ResourceType == "customization_option" && e.ProductId == null && e.Actor.Role == "admin");
        var update = JsonSerializer.Serialize(trail.Items[1].Changes, HttpAssertions.Json);
        update.ShouldContain("TC-PATROL10-BLK");
        update.ShouldContain("0.6");
        update.ShouldNotContain("\"name\"", Case.Sensitive, "an update records only what changed");
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_at_once_and_nothing_is_saved()
    {
        var admin = await api.AdminClientAsync();
        var response = await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/customization-options", new
        {
            id = "kids-reflective-plate", method = "heat-transfer", name = "Everything wrong", placements = new List<string> { "reflective-strip", "lining" },
            maxStitchCount = 5000,
            surcharges = new[] { new { minQuantity = 300, unitSurchargeUsd = 0.50m }, new { minQuantity = 200, unitSurchargeUsd = 0.70m } },
            setupFeeUsd = 10.005m, setupFeePer = "colour", moqPerDesign = 0, extraLeadDays = 121, artworkFormats = new List<string> { "docx" },
            families = new List<string> { "kids" }, skus = new List<string> { "NOPE-1234", "KD-DINO7-JGG", "KD-DINO7-JGG" },
        }, null), Cancellation);

        var errors = await response.ShouldBeValidationProblemAsync();
        errors.Order().ToList().ShouldBe([
            "artworkFormats[0]", "extraLeadDays", "maxStitchCount", "moqPerDesign", "placements", "placements[1]", "setupFeePer", "setupFeeUsd",
            "skus[0]", "skus[2]", "surcharges[1].minQuantity", "surcharges[1].unitSurchargeUsd",
        ]);
        await (await admin.GetAsync("/v1/admin/customization-options/kids-reflective-plate", Cancellation)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await admin.GetJsonAsync<ListAuditEntriesResponse>("/v1/admin/audit?resourceId=kids-reflective-plate"))!.Items.ShouldBeEmpty();

        var deboss = await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/customization-options", new
        {
            id = "canvas-deboss", method = "debossing", name = "Debossing on canvas", placements = new List<string> { "flap" },
            surcharges = new[] { new { minQuantity = 100, unitSurchargeUsd = 0.50m } }, setupFeeUsd = 80m, moqPerDesign = 100, extraLeadDays = 10,
            artworkFormats = new List<string> { "pdf" }, families = new List<string> { "eco" }, skus = new List<string> { "EC-MARKET9-NAT" },
        }, null), Cancellation);
        (await deboss.ShouldBeValidationProblemAsync()).Order().ToList().ShouldBe(["families", "skus[0]"], "debossing needs leather");
    }

    [Fact]
    public async Task The_demo_catalogue_offers_debossing_on_leather_only_and_no_heat_transfer_on_a_kids_bags_reflective_parts()
    {
        var leather = await ProductAsync("leather-executive-8");
        leather.CustomizationOptions.Select(o => o.Method).ShouldContain("debossing");
        leather.CustomizationOptions.Single(o => o.Method == "debossing").Skus.Count.ShouldBe(leather.Variants.Count);

        var kids = await ProductAsync("kids-glow-safe-7");
        kids.CustomizationOptions.Select(o => o.Method).ShouldNotContain("debossing");
        var transfers = kids.CustomizationOptions.Where(o => o.Method == "heat-transfer").ToList();
        transfers.ShouldNotBeEmpty();
        transfers.ShouldAllBe(o => !o.Placements.Contains("reflective-strip"));

        var classic = await ProductAsync("classic-metro-9");
        classic.CustomizationOptions.Select(o => o.Method).ShouldBe(
            ["custom-hangtag", "heat-transfer", "embroidery", "embroidery", "printed-lining", "custom-packaging", "screen-print", "woven-label"]);
        classic.CustomizationOptions.Single(o => o.Method == "heat-transfer").Placements.ShouldContain("reflective-strip");
    }
}
