using System.Buffers.Text;
using System.Net;
using System.Text;
using Backpack.Catalog.Api.Features.Catalogue.ListChanges;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

/// <summary>The change feed of the freshly seeded catalogue, read without changing anything.</summary>
public sealed class ChangeFeedTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static readonly int SeedVariantCount = SeedExpectations.Variants.Count();

    [Fact]
    public async Task A_full_sync_lists_every_product_variant_and_price_ladder_once_in_sequence_order()
    {
        var page = await ChangeFeed.ReadAsync(api.CreateClient(), since: null, limit: ListChangesRequest.MaxLimit);

        page.HasMore.ShouldBeFalse();
        var changes = page.Changes;
        changes.Count.ShouldBe(30 + 106 + 106);
        changes.Select(c => c.Sequence).ShouldBeInOrder(SortDirection.Ascending);
        changes.Select(c => c.Sequence).ShouldBeUnique();
        changes.Select(c => (c.ResourceType, c.Id)).ShouldBeUnique();
        changes.ShouldAllBe(c => c.Change == "upserted");
        changes.ShouldAllBe(c => c.ChangedAt.Kind == DateTimeKind.Utc && c.ChangedAt > DateTime.UtcNow.AddHours(-1));

        var products = changes.Where(c => c.ResourceType == "product").ToList();
        products.Select(c => c.Id).ShouldBe(SeedExpectations.Products.Select(p => p.Id), ignoreOrder: true);
        products.ShouldAllBe(c => c.ProductId == c.Id && c.Href == "/v1/products/" + c.Id);
        foreach (var type in new[] { "variant", "prices" })
        {
            var skus = changes.Where(c => c.ResourceType == type).ToList();
            skus.Count.ShouldBe(SeedVariantCount, type);
            skus.Select(c => (c.Id, c.ProductId)).ShouldBe(
                SeedExpectations.Products.SelectMany(p => p.Variants.Select(v => (v.Sku, p.Id))), ignoreOrder: true);
            skus.ShouldAllBe(c => c.Href == "/v1/variants/" + c.Id);
        }
    }

    [Fact]
    public async Task Every_href_in_the_feed_is_readable()
    {
        var client = api.CreateClient();
        var (changes, _) = await ChangeFeed.WalkAsync(client);
        foreach (var href in changes.Select(c => c.Href).Distinct().Take(40))
        {
            (await client.GetAsync(href, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, href);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    public async Task Paging_walks_the_feed_exactly_once_in_order(int limit)
    {
        var client = api.CreateClient();
        var whole = await ChangeFeed.ReadAsync(client, since: null, limit: ListChangesRequest.MaxLimit);

        var (walked, cursor) = await ChangeFeed.WalkAsync(client, since: null, limit);

        walked.ShouldBe(whole.Changes);
        cursor.ShouldBe(whole.NextCursor);
        ChangeCursor.TryDecode(cursor).ShouldBe(whole.Changes[^1].Sequence);
    }

    [Fact]
    public async Task Without_a_limit_a_page_holds_100_changes()
    {
        var page = await ChangeFeed.ReadAsync(api.CreateClient(), since: null);

        page.Changes.Count.ShouldBe(ListChangesRequest.DefaultLimit);
        page.HasMore.ShouldBeTrue();
    }

    [Fact]
    public async Task An_up_to_date_poll_is_an_empty_page_returning_the_cursor_it_was_sent_and_revalidates_with_304()
    {
        var client = api.CreateClient();
        var cursor = await ChangeFeed.CurrentCursorAsync(client);

        var response = await client.GetAsync(ChangeFeed.Url(cursor), TestContext.Current.CancellationToken);
        var page = await response.ShouldBeJsonAsync<ListChangesResponse>();

        page.Changes.ShouldBeEmpty();
        page.HasMore.ShouldBeFalse();
        page.NextCursor.ShouldBe(cursor);
        var etag = response.Headers.ETag.ShouldNotBeNull();
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        (await ConditionalGet.SendAsync(client, ChangeFeed.Url(cursor), etag.ToString())).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task The_feed_is_open_to_anonymous_callers_and_to_storefront_keys()
    {
        (await api.CreateClient().GetAsync("/v1/catalogue/changes?limit=1", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.ClientWithKey(DemoKeys.Storefront).GetAsync("/v1/catalogue/changes?limit=1", TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static TheoryData<string> MalformedCursors() => new(
        "not a cursor!",
        "",
        new string('A', 600),
        Encoded("""{"feed":"catalogue-changes","after":-1}"""),
        Encoded("""{"feed":"catalogue-changes","after":1.5}"""),
        Encoded("""{"feed":"catalogue-changes"}"""),
        Encoded("""{"after":12}"""),
        Encoded("""{"filters":"","afterId":"12"}"""),
        new ProductCursor("name", "0123456789abcdef", "Metro", "classic-metro-9").Encode());

    [Theory]
    [MemberData(nameof(MalformedCursors))]
    public async Task A_malformed_cursor_is_a_400_naming_since(string since)
    {
        var response = await api.CreateClient().GetAsync($"/v1/catalogue/changes?since={Uri.EscapeDataString(since)}", TestContext.Current.CancellationToken);

        (await response.ShouldBeValidationProblemAsync()).ShouldBe(["since"]);
    }

    [Fact]
    public async Task A_cursor_ahead_of_the_feed_is_a_400_asking_for_a_resync_from_the_start()
    {
        var client = api.CreateClient();
        var current = ChangeCursor.TryDecode(await ChangeFeed.CurrentCursorAsync(client))!.Value;

        var response = await client.GetAsync(ChangeFeed.Url(ChangeCursor.Encode(current + 1)), TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("since")[0].GetString().ShouldBe(ListChangesEndpoint.SinceAhead);
        (await ChangeFeed.ReadAsync(client, ChangeCursor.Encode(current))).Changes.ShouldBeEmpty("the feed's own last position is not ahead");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("501")]
    [InlineData("ten")]
    public async Task A_limit_outside_1_to_500_is_a_400_naming_limit(string limit)
    {
        var response = await api.CreateClient().GetAsync($"/v1/catalogue/changes?limit={limit}", TestContext.Current.CancellationToken);

        (await response.ShouldBeValidationProblemAsync()).ShouldBe(["limit"]);
    }

    private static string Encoded(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}

/// <summary>A database without the demo catalogue: the feed is empty and hands out the start cursor.</summary>
public sealed class EmptyChangeFeedTests(EmptyChangeFeedTests.UnseededApiFactory api) : IClassFixture<EmptyChangeFeedTests.UnseededApiFactory>
{
    public sealed class UnseededApiFactory : CatalogueApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:SeedDemoCatalogue", "false");
        }
    }

    [Fact]
    public async Task An_empty_feed_returns_the_start_cursor_to_poll_with()
    {
        // A test database on SQL Server is created and seeded before the app starts, whatever the app's settings say.
        Assert.SkipWhen(api.Database.Provider == DatabaseProvider.SqlServer, "The SQL Server test database always holds the demo catalogue.");
        var client = api.CreateClient();

        var first = await ChangeFeed.ReadAsync(client, since: null);
        var again = await ChangeFeed.ReadAsync(client, first.NextCursor);

        first.Changes.ShouldBeEmpty();
        first.HasMore.ShouldBeFalse();
        first.NextCursor.ShouldBe(ChangeCursor.Start);
        again.Changes.ShouldBeEmpty();
        again.NextCursor.ShouldBe(ChangeCursor.Start);
    }
}
