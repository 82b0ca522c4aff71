using Backpack.Catalog.Api.Features.Catalogue.ListProducts;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

public static class ProductPages
{
    /// <summary>Follows nextCursor from the first page to the last and returns every item in the order served.</summary>
    public static async Task<List<ProductSummaryResponse>> WalkAsync(HttpClient client, string query, int limit = 100)
    {
        var items = new List<ProductSummaryResponse>();
        string? cursor = null;
        for (var page = 0; page < 1000; page++)
        {
            var url = $"/v1/products?limit={limit}" + (query.Length > 0 ? "&" + query : "") +
                (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var body = await (await client.GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeJsonAsync<ListProductsResponse>();
            body.Items.Count.ShouldBeLessThanOrEqualTo(limit);
            body.Limit.ShouldBe(limit);
            items.AddRange(body.Items);
            if (body.NextCursor is null)
            {
                return items;
            }

            body.Items.Count.ShouldBe(limit, "only the last page may be short");
            cursor = body.NextCursor;
        }

        throw new ShouldAssertException($"{query}: more than 1000 pages; the cursor does not advance.");
    }
}
