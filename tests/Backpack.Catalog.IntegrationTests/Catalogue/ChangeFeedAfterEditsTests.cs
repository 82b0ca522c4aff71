using System.Net;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

/// <summary>What a storefront polling the feed sees after catalogue writes. Each test starts from the cursor it holds before its change.</summary>
public sealed class ChangeFeedAfterEditsTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task A_price_change_is_exactly_that_skus_prices_entry()
    {
        var client = api.CreateClient();
        var cursor = await ChangeFeed.CurrentCursorAsync(client);
        var before = DateTime.UtcNow.AddSeconds(-1);

        await CatalogueEdits.ChangePricesAsync(api, "CL-METRO9-NVY", 0.05m);

        var page = await ChangeFeed.ReadAsync(client, cursor);
        var change = page.Changes.ShouldHaveSingleItem();
        change.ResourceType.ShouldBe("prices");
        change.Id.ShouldBe("CL-METRO9-NVY");
        change.ProductId.ShouldBe("classic-metro-9");
        change.Change.ShouldBe("upserted");
        change.Href.ShouldBe("/v1/variants/CL-METRO9-NVY");
        change.ChangedAt.ShouldBeGreaterThan(before);
        page.HasMore.ShouldBeFalse();
        page.NextCursor.ShouldNotBe(cursor);
        (await ChangeFeed.ReadAsync(client, page.NextCursor)).Changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_product_field_change_is_exactly_the_product_entry()
    {
        var client = api.CreateClient();
        var cursor = await ChangeFeed.CurrentCursorAsync(client);

        await CatalogueEdits.RenameAsync(api, "classic-campus-8", "Campus Classic Mini 8 L (2026 edition)");

        var change = (await ChangeFeed.ReadAsync(client, cursor)).Changes.ShouldHaveSingleItem();
        (change.ResourceType, change.Id, change.ProductId, change.Change, change.Href)
            .ShouldBe(("product", "classic-campus-8", "classic-campus-8", "upserted", "/v1/products/classic-campus-8"));
    }

    [Fact]
    public async Task A_stock_adjustment_is_exactly_that_skus_variant_entry()
    {
        var client = api.CreateClient();
        var cursor = await ChangeFeed.CurrentCursorAsync(client);

        await CatalogueEdits.ChangeStockAsync(api, "CL-CAMPUS8-HGR", 40, "cycle count");

        (await ChangeFeed.EntriesSinceAsync(client, cursor)).ShouldBe([("variant", "CL-CAMPUS8-HGR", "upserted")]);
    }

    [Fact]
    public async Task Archiving_a_product_removes_it_its_variants_and_their_prices_and_republishing_brings_them_back()
    {
        const string id = "classic-citysafe-anti-theft-9";
        var skus = SeedExpectations.Products.Single(p => p.Id == id).Variants.Select(v => v.Sku).Order(StringComparer.Ordinal).ToList();
        var client = api.CreateClient();
        var cursor = await ChangeFeed.CurrentCursorAsync(client);

        await CatalogueEdits.SetStatusAsync(api, id, ProductStatuses.Archived);

        var (removed, afterArchive) = await ChangeFeed.WalkAsync(client, cursor);
        removed.Select(c => (c.ResourceType, c.Id)).ShouldBe(Expected(id, skus), ignoreOrder: true);
        removed.ShouldAllBe(c => c.Change == "removed" && c.ProductId == id);
        removed.Select(c => c.Sequence).ShouldBeInOrder(SortDirection.Ascending);
        (await client.GetAsync($"/v1/products/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/v1/variants/{skus[0]}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await CatalogueEdits.SetStatusAsync(api, id, ProductStatuses.Published);

        var (republished, _) = await ChangeFeed.WalkAsync(client, afterArchive);
        republished.Select(c => (c.ResourceType, c.Id)).ShouldBe(Expected(id, skus), ignoreOrder: true);
        republished.ShouldAllBe(c => c.Change == "upserted");
        (await client.GetAsync($"/v1/products/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ChangeFeed.EntriesSinceAsync(client, cursor)).Count.ShouldBe(1 + 2 * skus.Count, "the feed is compacted: each resource once");

        static IEnumerable<(string, string)> Expected(string id, List<string> skus) =>
            skus.SelectMany(s => new[] { ("variant", s), ("prices", s) }).Prepend(("product", id));
    }

    [Fact]
    public async Task A_resource_changed_again_moves_to_the_end_of_the_feed_and_appears_once()
    {
        var client = api.CreateClient();
        var cursor = await ChangeFeed.CurrentCursorAsync(client);

        await CatalogueEdits.ChangePricesAsync(api, "CL-PASTEL8-MNT", 0.05m);
        await CatalogueEdits.ChangePricesAsync(api, "CL-HERIT10-KHK", 0.05m);
        await CatalogueEdits.ChangePricesAsync(api, "CL-PASTEL8-MNT", 0.05m);

        (await ChangeFeed.EntriesSinceAsync(client, cursor)).ShouldBe(
            [("prices", "CL-HERIT10-KHK", "upserted"), ("prices", "CL-PASTEL8-MNT", "upserted")]);
        var (all, _) = await ChangeFeed.WalkAsync(client);
        all.Select(c => (c.ResourceType, c.Id)).ShouldBeUnique();
        (all[^1].ResourceType, all[^1].Id).ShouldBe(("prices", "CL-PASTEL8-MNT"));
    }

    [Fact]
    public async Task Saving_identical_content_adds_nothing_to_the_feed()
    {
        var client = api.CreateClient();
        var cursor = await ChangeFeed.CurrentCursorAsync(client);

        var result = await CatalogueEdits.EditAsync(api, "classic-heritage-flap-10", p => p);

        result.Changed.ShouldBeFalse();
        (await ChangeFeed.ReadAsync(client, cursor)).Changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Changes_to_a_draft_product_stay_out_of_the_feed_until_it_is_published()
    {
        const string id = "classic-commuter-tech-10";
        var client = api.CreateClient();
        var cursor = await ChangeFeed.CurrentCursorAsync(client);

        await CatalogueEdits.SetStatusAsync(api, id, ProductStatuses.Draft);
        var (withdrawn, afterDraft) = await ChangeFeed.WalkAsync(client, cursor);
        withdrawn.ShouldAllBe(c => c.Change == "removed");
        await CatalogueEdits.RenameAsync(api, id, "Commuter Tech Mini 10 L (draft rename)");
        await CatalogueEdits.ChangePricesAsync(api, "CL-COMMUTE10-NVY", 0.05m);

        (await ChangeFeed.ReadAsync(client, afterDraft)).Changes.ShouldBeEmpty("a storefront never saw the draft");

        await CatalogueEdits.SetStatusAsync(api, id, ProductStatuses.Published);
        (await ChangeFeed.WalkAsync(client, afterDraft)).Changes.ShouldContain(c => c.ResourceType == "product" && c.Id == id && c.Change == "upserted");
    }
}
