using System.Net;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;
using Backpack.Catalog.IntegrationTests.Catalogue;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Admin;

public sealed class AuditTrailTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task The_demo_seed_is_in_the_trail_as_the_system_actor()
    {
        var admin = await api.AdminClientAsync();
        var seed = SeedExpectations.Products.Single(p => p.Id == "classic-metro-9");

        var entries = await WalkAsync(admin, "productId=classic-metro-9&actorKeyId=system");

        entries.Count.ShouldBe(2 + 3 * seed.Variants.Count);
        entries.ShouldAllBe(e => e.Actor.KeyId == "system" && e.Actor.Role == "system" && e.Reason == "demo catalogue seed" && e.ProductId == seed.Id);
        entries.Select(e => e.Action).ShouldAllBe(a => ListAuditEntriesRequest.Actions.Contains(a));
        var created = entries.Single(e => e.Action == "product.created");
        (created.ResourceType, created.ResourceId).ShouldBe(("product", seed.Id));
        created.Changes.GetProperty("name").GetProperty("from").ValueKind.ShouldBe(JsonValueKind.Null);
        created.Changes.GetProperty("name").GetProperty("to").GetString().ShouldBe(seed.Name);
        entries.Single(e => e.Action == "product.status_changed").Changes.GetProperty("status").GetProperty("to").GetString().ShouldBe("published");
        foreach (var action in new[] { "variant.created", "prices.set", "stock.adjusted" })
        {
            entries.Where(e => e.Action == action).Select(e => e.ResourceId).ShouldBe(seed.Variants.Select(v => v.Sku), ignoreOrder: true, action);
        }

        var stock = entries.Single(e => e.Action == "stock.adjusted" && e.ResourceId == seed.Variants[0].Sku);
        stock.ResourceType.ShouldBe("stock");
        stock.Changes.GetProperty("stockOnHand").GetProperty("to").GetInt32().ShouldBe(seed.Variants[0].StockOnHand);
        (await WalkAsync(admin, "actorKeyId=system")).Count.ShouldBe((2 * 30) + (3 * 106) + 30, "each product, each SKU, and a product card per product");
    }

    [Fact]
    public async Task A_change_is_the_newest_entry_with_its_actor_old_and_new_values_and_reason()
    {
        const string sku = "CL-CAMPUS8-DRS";
        var admin = await api.AdminClientAsync();
        var oldFirstTier = SeedExpectations.Variants.Single(v => v.Sku == sku).Tiers[0].UnitPriceUsd;
        var before = DateTime.UtcNow.AddSeconds(-1);

        await CatalogueEdits.ChangePricesAsync(api, sku, 0.25m, reason: "Supplier price list 2026-Q2", actorKeyId: "k7m2q4x9c3vb");
        await CatalogueEdits.RenameAsync(api, "classic-campus-8", "Campus Classic Mini 8 L", actorKeyId: "k7m2q4x9c3vb");

        var page = await ReadAsync(admin, "limit=2");
        page.Items.Select(e => e.Action).ShouldBe(["product.updated", "prices.set"]);
        page.Items[0].Id.ShouldBeGreaterThan(page.Items[1].Id);
        var renamed = page.Items[0];
        renamed.Actor.ShouldBe(new AuditActorResponse("k7m2q4x9c3vb", "admin"));
        renamed.Reason.ShouldBeNull();
        renamed.Changes.EnumerateObject().Select(p => p.Name).ShouldBe(["name"]);
        renamed.Changes.GetProperty("name").GetProperty("from").GetString().ShouldBe(SeedExpectations.Products.Single(p => p.Id == "classic-campus-8").Name);
        renamed.Changes.GetProperty("name").GetProperty("to").GetString().ShouldBe("Campus Classic Mini 8 L");

        var priced = page.Items[1];
        (priced.ResourceType, priced.ResourceId, priced.ProductId).ShouldBe(("prices", sku, "classic-campus-8"));
        priced.Reason.ShouldBe("Supplier price list 2026-Q2");
        priced.OccurredAt.ShouldBeGreaterThan(before);
        priced.OccurredAt.Kind.ShouldBe(DateTimeKind.Utc);
        var tiers = priced.Changes.GetProperty("priceTiers");
        tiers.GetProperty("from")[0].GetProperty("unitPriceUsd").GetDecimal().ShouldBe(oldFirstTier);
        tiers.GetProperty("to")[0].GetProperty("unitPriceUsd").GetDecimal().ShouldBe(oldFirstTier + 0.25m);
    }

    [Fact]
    public async Task Filters_narrow_the_trail_and_combine()
    {
        const string product = "tactical-patrol-10";
        var skus = SeedExpectations.Products.Single(p => p.Id == product).Variants.Select(v => v.Sku).ToList();
        var first = new DateTimeOffset(2031, 1, 1, 8, 0, 0, TimeSpan.Zero);
        var second = first.AddDays(1);
        await CatalogueEdits.ChangePricesAsync(api, skus[0], 0.05m, actorKeyId: "actor-one", at: first);
        await CatalogueEdits.RenameAsync(api, product, "Patrol MOLLE Mini 10 L", actorKeyId: "actor-one", at: first);
        await CatalogueEdits.ChangeStockAsync(api, skus[1], 25, "Returned from a trade show", actorKeyId: "actor-two", at: second);
        var admin = await api.AdminClientAsync();

        (await WalkAsync(admin, $"productId={product}")).ShouldAllBe(e => e.ProductId == product);
        (await WalkAsync(admin, $"productId={product}")).Count.ShouldBe(2 + 3 * skus.Count + 3);
        (await WalkAsync(admin, $"productId={product}&resourceType=prices")).Select(e => e.ResourceId)
            .ShouldBe(skus.Prepend(skus[0]), ignoreOrder: true);
        (await WalkAsync(admin, $"resourceId={skus[0]}")).Select(e => e.Action)
            .ShouldBe(["prices.set", "stock.adjusted", "prices.set", "variant.created"], ignoreOrder: true);
        (await WalkAsync(admin, $"resourceId={product}")).Select(e => e.Action)
            .ShouldBe(["product.updated", "product.status_changed", "product.created"], ignoreOrder: true);
        (await WalkAsync(admin, $"action=product.updated&productId={product}")).ShouldHaveSingleItem().Changes.GetProperty("name")
            .GetProperty("to").GetString().ShouldBe("Patrol MOLLE Mini 10 L");
        (await WalkAsync(admin, "actorKeyId=actor-two")).ShouldHaveSingleItem().Action.ShouldBe("stock.adjusted");
        (await WalkAsync(admin, $"from={Instant(first)}&to={Instant(second)}")).Select(e => e.Action).ShouldBe(["product.updated", "prices.set"]);
        (await WalkAsync(admin, $"from={Instant(second)}")).Select(e => (e.Action, e.ResourceId, e.Reason))
            .ShouldBe([("stock.adjusted", skus[1], "Returned from a trade show")]);
        (await WalkAsync(admin, $"to={Instant(first)}&productId={product}")).ShouldAllBe(e => e.Actor.KeyId == "system");
        (await WalkAsync(admin, $"from={Instant(first)}&action=stock.adjusted&actorKeyId=actor-one")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Paging_walks_the_trail_newest_first_exactly_once()
    {
        var admin = await api.AdminClientAsync();
        var whole = (await ReadAsync(admin, "productId=leather-atelier-6&limit=100")).Items;

        var walked = await WalkAsync(admin, "productId=leather-atelier-6", limit: 4);

        whole.Count.ShouldBeGreaterThan(4);
        walked.Select(e => e.Id).ShouldBe(whole.Select(e => e.Id));
        walked.Select(e => e.Id).ShouldBeInOrder(SortDirection.Descending);
        walked.Select(e => e.Id).ShouldBeUnique();
    }

    [Fact]
    public async Task A_cursor_only_continues_the_query_it_came_from()
    {
        var admin = await api.AdminClientAsync();
        var page = await ReadAsync(admin, "actorKeyId=system&limit=2");

        var response = await admin.GetAsync($"/v1/admin/audit?actorKeyId=someone-else&limit=2&cursor={Uri.EscapeDataString(page.NextCursor!)}",
            TestContext.Current.CancellationToken);

        (await response.ShouldBeValidationProblemAsync()).ShouldBe(["cursor"]);
    }

    [Fact]
    public async Task The_trail_is_for_admin_keys_only()
    {
        var url = "/v1/admin/audit";
        await (await api.CreateClient().GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.ClientWithKey(DemoKeys.Storefront).GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await api.ClientWithKey(DemoKeys.Alpen).GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("resourceType=widget", "resourceType")]
    [InlineData("action=product.deleted", "action")]
    [InlineData("productId=Classic_Metro", "productId")]
    [InlineData("resourceId=%3Cscript%3E", "resourceId")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01T00:00:00Z", "to")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_filters_are_400_problems_naming_the_parameter(string query, string parameter)
    {
        var admin = await api.AdminClientAsync();

        var response = await admin.GetAsync($"/v1/admin/audit?{query}", TestContext.Current.CancellationToken);

        (await response.ShouldBeValidationProblemAsync()).ShouldBe([parameter]);
    }

    [Theory]
    [InlineData("resourceType=widget", "product, variant, prices, stock")]
    [InlineData("action=product.deleted", "product.created, product.updated, product.status_changed, variant.created, variant.updated, variant.status_changed, prices.set, stock.adjusted")]
    public async Task Unknown_kinds_and_actions_are_answered_with_the_allowed_values(string query, string allowed)
    {
        var admin = await api.AdminClientAsync();

        var problem = await (await admin.GetAsync($"/v1/admin/audit?{query}", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateObject().Single().Value[0].GetString()!.ShouldContain(allowed);
    }

    private static string Instant(DateTimeOffset at) => Uri.EscapeDataString(at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<ListAuditEntriesResponse> ReadAsync(HttpClient admin, string query) =>
        await (await admin.GetAsync($"/v1/admin/audit?{query}", TestContext.Current.CancellationToken)).ShouldBeJsonAsync<ListAuditEntriesResponse>();

    private static async Task<List<AuditEntryResponse>> WalkAsync(HttpClient admin, string query, int limit = 100)
    {
        var entries = new List<AuditEntryResponse>();
        string? cursor = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await ReadAsync(admin, $"{query}&limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            page.Items.Count.ShouldBeLessThanOrEqualTo(limit);
            entries.AddRange(page.Items);
            cursor = page.NextCursor;
            if (cursor is null)
            {
                return entries;
            }
        }

        throw new ShouldAssertException("More than 100 pages: the cursor does not advance.");
    }
}
