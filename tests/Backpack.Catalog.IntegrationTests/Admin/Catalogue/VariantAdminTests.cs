using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Catalogue;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;
using static Backpack.Catalog.IntegrationTests.Admin.Catalogue.AdminRequests;

namespace Backpack.Catalog.IntegrationTests.Admin.Catalogue;

public sealed class VariantAdminTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_SKU_is_added_to_a_published_product_and_sold_at_once_and_its_code_is_unique_across_the_catalogue()
    {
        var admin = await api.AdminClientAsync();
        var (_, productTag) = await admin.ReadAsync("/v1/admin/products/classic-metro-9");
        var created = await admin.PostAsJsonAsync("/v1/admin/products/classic-metro-9/variants", Variant("CL-METRO9-SND"), Ct);
        var variant = await created.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe("/v1/admin/variants/CL-METRO9-SND");
        variant.GetProperty("stockAvailable").GetInt32().ShouldBe(60);
        (await admin.ReadAsync("/v1/admin/products/classic-metro-9")).ETag.ShouldNotBe(productTag, "the product lists its SKUs");

        var quote = await admin.PostAsJsonAsync("/v1/quotes", new { lines = new[] { new { sku = "CL-METRO9-SND", quantity = 300 } } }, Ct);
        (await quote.ShouldBeJsonAsync<JsonElement>()).GetProperty("lines")[0].GetProperty("unitPrice").GetProperty("amount").GetDecimal().ShouldBe(9.90m);

        await (await admin.PostAsJsonAsync("/v1/admin/products/classic-metro-9/variants", Variant("CL-METRO9-SND"), Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var elsewhere = await admin.PostAsJsonAsync("/v1/admin/products/classic-campus-8/variants", Variant("CL-METRO9-BLK", moq: 120, increment: 24, carton: 24), Ct);
        (await elsewhere.ShouldBeValidationProblemAsync()).ShouldBe(["sku"]);
        await (await admin.PostAsJsonAsync("/v1/admin/products/no-such-product/variants", Variant("CL-NOWHERE-1"), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_ladder_that_breaks_the_rules_is_refused_with_every_violation_and_changes_nothing()
    {
        var admin = await api.AdminClientAsync();
        var (before, etag) = await admin.ReadAsync("/v1/admin/variants/CL-METRO9-NVY");
        var ladder = new { priceTiers = new[] { Tier(120, 9.80m), Tier(300, 9.90m), Tier(310, 9.10m), Tier(300, 8.001m) } };

        var errors = (await (await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-METRO9-NVY/price-tiers", ladder, etag))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe([
            "priceTiers[0].minQuantity", "priceTiers[1].unitPriceUsd", "priceTiers[2].minQuantity", "priceTiers[3].minQuantity",
            "priceTiers[3].unitPriceUsd",
        ], ignoreOrder: true);
        errors.GetProperty("priceTiers[0].minQuantity")[0].GetString()!.ShouldContain("MOQ of 100");
        errors.GetProperty("priceTiers[1].unitPriceUsd")[0].GetString()!.ShouldContain("must fall");
        errors.GetProperty("priceTiers[2].minQuantity")[0].GetString()!.ShouldContain("not an orderable quantity");

        var (after, afterTag) = await admin.ReadAsync("/v1/admin/variants/CL-METRO9-NVY");
        afterTag.ShouldBe(etag);
        after.GetProperty("priceTiers").GetRawText().ShouldBe(before.GetProperty("priceTiers").GetRawText());
    }

    // Found by the OpenAPI fuzz test: a null tier was a 500.
    [Fact]
    public async Task A_ladder_with_a_null_tier_is_a_400_at_its_path_and_changes_nothing()
    {
        var admin = await api.AdminClientAsync();
        var (before, etag) = await admin.ReadAsync("/v1/admin/variants/CL-METRO9-NVY");

        var response = await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-METRO9-NVY/price-tiers",
            new { priceTiers = new[] { null, Tier(300, 9.05m) } }, etag);

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["priceTiers[0]"]);
        errors.GetProperty("priceTiers[0]")[0].GetString().ShouldBe("A price tier belongs here, not null.");
        var (after, afterTag) = await admin.ReadAsync("/v1/admin/variants/CL-METRO9-NVY");
        afterTag.ShouldBe(etag);
        after.GetProperty("priceTiers").GetRawText().ShouldBe(before.GetProperty("priceTiers").GetRawText());
    }

    [Fact]
    public async Task A_new_ladder_prices_the_very_next_quote_and_read_while_placed_orders_keep_their_prices()
    {
        var admin = await api.AdminClientAsync();
        var distributor = api.ClientWithKey(DemoKeys.Nairobi);
        var placed = await distributor.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-OLV", 300, currency: "USD"));
        var (_, etag) = await admin.ReadAsync("/v1/admin/variants/CL-METRO9-OLV");
        var ladder = new { priceTiers = new[] { Tier(100, 9.60m), Tier(300, 9.05m), Tier(500, 8.60m) } };

        var saved = await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-METRO9-OLV/price-tiers", ladder, etag);
        (await saved.ShouldBeJsonAsync<JsonElement>()).GetProperty("priceTiers").GetArrayLength().ShouldBe(3);
        saved.Headers.ETag!.Tag.ShouldNotBe(etag);

        var read = await admin.GetJsonAsync<JsonElement>("/v1/variants/CL-METRO9-OLV");
        read.GetProperty("variant").GetProperty("priceTiers")[1].GetProperty("unitPrice").GetProperty("amount").GetDecimal().ShouldBe(9.05m);
        var quote = await admin.PostAsJsonAsync("/v1/quotes", new { lines = new[] { new { sku = "CL-METRO9-OLV", quantity = 300 } } }, Ct);
        (await quote.ShouldBeJsonAsync<JsonElement>()).GetProperty("lines")[0].GetProperty("unitPrice").GetProperty("amount").GetDecimal().ShouldBe(9.05m);
        (await distributor.GetOrderAsync(placed.Id)).Lines[0].UnitPrice.Amount.ShouldBe(9.40m);
    }

    [Fact]
    public async Task Stock_is_set_or_moved_with_a_reason_never_below_what_orders_hold_and_orders_make_an_old_ETag_stale()
    {
        var admin = await api.AdminClientAsync();
        var (_, etag) = await admin.ReadAsync("/v1/admin/variants/CL-CAMPUS8-BLK");
        var received = await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/CL-CAMPUS8-BLK/stock-adjustments",
            new { mode = "delta", quantity = 240, reason = "Received PO 4471" }, etag);
        (await received.ShouldBeJsonAsync<JsonElement>()).GetProperty("stockOnHand").GetInt32().ShouldBe(690);

        await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBodies.Order("CL-CAMPUS8-BLK", 600));
        var stale = await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/CL-CAMPUS8-BLK/stock-adjustments",
            new { mode = "set", quantity = 0, reason = "Cycle count" }, received.Headers.ETag!.Tag);
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var (current, currentTag) = await admin.ReadAsync("/v1/admin/variants/CL-CAMPUS8-BLK");
        current.GetProperty("stockReserved").GetInt32().ShouldBe(600);
        current.GetProperty("stockAvailable").GetInt32().ShouldBe(90);
        var belowReserved = await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/CL-CAMPUS8-BLK/stock-adjustments",
            new { mode = "set", quantity = 500, reason = "Cycle count" }, currentTag);
        var errors = (await belowReserved.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.GetProperty("stockOnHand")[0].GetString()!.ShouldContain("600 units open orders have reserved");

        var counted = await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/CL-CAMPUS8-BLK/stock-adjustments",
            new { mode = "set", quantity = 650, reason = "Cycle count 2026-11" }, currentTag);
        (await counted.ShouldBeJsonAsync<JsonElement>()).GetProperty("stockAvailable").GetInt32().ShouldBe(50);
        (await admin.GetJsonAsync<JsonElement>("/v1/variants/CL-CAMPUS8-BLK")).GetProperty("variant").GetProperty("stockAvailable").GetInt32().ShouldBe(50);

        var audit = await api.Database.ScalarAsync<long>(
            "SELECT COUNT(*) FROM catalogue_audit WHERE resource_id = 'CL-CAMPUS8-BLK' AND action = 'stock.adjusted' AND reason LIKE '%Cycle count 2026-11%'");
        audit.ShouldBe(1);
    }

    [Theory]
    [InlineData("{\"mode\":\"add\",\"quantity\":5,\"reason\":\"Receipt\"}", "mode")]
    [InlineData("{\"mode\":\"delta\",\"quantity\":0,\"reason\":\"Receipt\"}", "quantity")]
    [InlineData("{\"mode\":\"set\",\"quantity\":-1,\"reason\":\"Receipt\"}", "quantity")]
    [InlineData("{\"mode\":\"set\",\"quantity\":10}", "reason")]
    [InlineData("{\"mode\":\"delta\",\"quantity\":-100000,\"reason\":\"Write-off\"}", "quantity")]
    public async Task Bad_stock_adjustments_are_400_and_change_nothing(string body, string field)
    {
        var admin = await api.AdminClientAsync();
        var (before, etag) = await admin.ReadAsync("/v1/admin/variants/CL-CAMPUS8-DRS");
        var response = await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/CL-CAMPUS8-DRS/stock-adjustments",
            JsonDocument.Parse(body).RootElement, etag);
        (await response.ShouldBeValidationProblemAsync()).ShouldBe([field]);
        (await admin.ReadAsync("/v1/admin/variants/CL-CAMPUS8-DRS")).Body.GetProperty("stockOnHand").GetInt32()
            .ShouldBe(before.GetProperty("stockOnHand").GetInt32());
    }

    [Fact]
    public async Task Terms_are_replaced_with_If_Match_and_stock_and_status_are_left_to_their_own_operations()
    {
        var admin = await api.AdminClientAsync();
        var (variant, etag) = await admin.ReadAsync("/v1/admin/variants/CL-COMMUTE10-NVY");
        var terms = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variant.GetRawText())!;
        // The read's own members (productId, stockReserved, version…) are not part of the SKU document a PUT takes.
        var readOnly = new[] { "productId", "stockReserved", "stockAvailable", "version", "createdAt", "updatedAt" };
        (await (await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-COMMUTE10-NVY", terms, etag)).ShouldBeValidationProblemAsync())
            .ShouldHaveSingleItem().ShouldBeOneOf(readOnly);
        foreach (var member in readOnly)
        {
            terms.Remove(member);
        }

        terms.With("colour", "Midnight Navy").With("maxPerOrder", 2000);

        await (await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-COMMUTE10-NVY", terms, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var saved = await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-COMMUTE10-NVY", terms, etag);
        (await saved.ShouldBeJsonAsync<JsonElement>()).GetProperty("colour").GetString().ShouldBe("Midnight Navy");
        (await admin.GetJsonAsync<JsonElement>("/v1/variants/CL-COMMUTE10-NVY")).GetProperty("variant").GetProperty("maxPerOrder").GetInt32().ShouldBe(2000);

        var sneaky = terms.With("stockOnHand", 99999).With("status", "archived").With("maxPerOrder", 1990);
        var refused = await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-COMMUTE10-NVY", sneaky, saved.Headers.ETag!.Tag);
        (await refused.ShouldBeValidationProblemAsync()).ShouldBe(["status", "stockOnHand"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_archived_SKU_leaves_the_catalogue_cannot_be_ordered_and_can_be_restored_but_the_last_active_one_stays()
    {
        var admin = await api.AdminClientAsync();
        var (_, etag) = await admin.ReadAsync("/v1/admin/variants/CL-HERIT10-KHK");
        var archived = await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/CL-HERIT10-KHK/archive", null, etag);
        (await archived.ShouldBeJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("archived");
        (await admin.GetAsync("/v1/variants/CL-HERIT10-KHK", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var product = await admin.GetJsonAsync<JsonElement>("/v1/products/classic-heritage-flap-10");
        product.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()).ShouldNotContain("CL-HERIT10-KHK");
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceOrderAsync(OrderBodies.Order("CL-HERIT10-KHK", 150));
        (await order.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetRawText().ShouldContain("unknown_sku");

        await (await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/CL-HERIT10-KHK/archive", null, archived.Headers.ETag!.Tag))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var restored = await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/CL-HERIT10-KHK/restore", null, archived.Headers.ETag!.Tag);
        restored.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/v1/variants/CL-HERIT10-KHK", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await admin.PostAsJsonAsync("/v1/admin/products", Product("kids-solo-6", category: "kids", status: "published", variants: [Variant("KD-SOLO6-RED")]), Ct);
        var (_, soloTag) = await admin.ReadAsync("/v1/admin/variants/KD-SOLO6-RED");
        var last = await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/KD-SOLO6-RED/archive", null, soloTag);
        (await last.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("status")[0].GetString()!
            .ShouldContain("at least one active SKU");
    }

    [Fact]
    public async Task An_admin_price_change_reaches_the_change_feed_and_the_audit_trail_under_the_admins_key()
    {
        var adminKey = await api.CreateAdminKeyAsync("pricing desk");
        var admin = api.ClientWithKey(adminKey);
        var (_, cursor) = await ChangeFeed.WalkAsync(api.CreateClient());
        var (_, etag) = await admin.ReadAsync("/v1/admin/variants/CL-CSAFE9-STG");

        var saved = await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-CSAFE9-STG/price-tiers",
            new { priceTiers = new[] { Tier(100, 10.80m), Tier(300, 10.10m) } }, etag);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (changes, _) = await ChangeFeed.WalkAsync(api.CreateClient(), cursor);
        changes.Select(c => (c.ResourceType, c.Id, c.Change)).ShouldBe([("prices", "CL-CSAFE9-STG", "upserted")]);
        var audit = await admin.GetJsonAsync<JsonElement>("/v1/admin/audit?resourceId=CL-CSAFE9-STG&action=prices.set");
        var entry = audit.GetProperty("items")[0];
        entry.GetProperty("actor").GetProperty("keyId").GetString().ShouldBe(adminKey.Split('_')[1]);
        entry.GetProperty("changes").GetProperty("priceTiers").GetProperty("to")[1].GetProperty("unitPriceUsd").GetDecimal().ShouldBe(10.10m);
    }

    [Fact]
    public async Task Unknown_SKUs_are_404_everywhere()
    {
        var admin = await api.AdminClientAsync();
        await (await admin.GetAsync("/v1/admin/variants/XX-NONE-1", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/XX-NONE-1/price-tiers", new { priceTiers = new[] { Tier(100, 1m) } }, "\"1\""))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.SendAsync(HttpMethod.Post, "/v1/admin/variants/XX-NONE-1/archive", null, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
