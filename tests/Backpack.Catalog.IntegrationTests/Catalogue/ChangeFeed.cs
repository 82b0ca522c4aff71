using Backpack.Catalog.Api.Features.Catalogue.ListChanges;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

/// <summary>Reads GET /v1/catalogue/changes the way a storefront does.</summary>
public static class ChangeFeed
{
    public static string Url(string? since, int? limit = null)
    {
        var query = new List<string>();
        if (since is not null) query.Add("since=" + Uri.EscapeDataString(since));
        if (limit is not null) query.Add($"limit={limit}");
        return "/v1/catalogue/changes" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    public static async Task<ListChangesResponse> ReadAsync(HttpClient client, string? since, int? limit = null) =>
        await (await client.GetAsync(Url(since, limit), TestContext.Current.CancellationToken)).ShouldBeJsonAsync<ListChangesResponse>();

    /// <summary>Follows nextCursor until hasMore is false: every change after <paramref name="since"/>, and the cursor to poll with next.</summary>
    public static async Task<(List<CatalogueChangeResponse> Changes, string Cursor)> WalkAsync(HttpClient client, string? since = null, int limit = 500)
    {
        var changes = new List<CatalogueChangeResponse>();
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await ReadAsync(client, since, limit);
            page.Changes.Count.ShouldBeLessThanOrEqualTo(limit);
            page.NextCursor.ShouldNotBeNullOrEmpty();
            changes.AddRange(page.Changes);
            since = page.NextCursor;
            if (!page.HasMore)
            {
                return (changes, since);
            }

            page.Changes.Count.ShouldBe(limit, "a page with more to come is full");
        }

        throw new ShouldAssertException("More than 1000 pages: the cursor does not advance.");
    }

    /// <summary>The cursor a storefront holds once it is up to date.</summary>
    public static async Task<string> CurrentCursorAsync(HttpClient client) => (await WalkAsync(client)).Cursor;

    /// <summary>Everything after <paramref name="since"/> as (resourceType, id, change) triples, in feed order.</summary>
    public static async Task<List<(string Type, string Id, string Change)>> EntriesSinceAsync(HttpClient client, string since) =>
        (await WalkAsync(client, since)).Changes.Select(c => (c.ResourceType, c.Id, c.Change)).ToList();
}
