using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

/// <summary>The facet counts a storefront draws its sidebar from agree with what paging through the same filtered list returns.</summary>
public sealed class ProductFacetsTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("inStock=true")]
    [InlineData("category=kids&category=eco")]
    [InlineData("minCapacity=8&maxCapacity=12&certification=REACH")]
    public async Task Facet_counts_equal_the_paged_list(string filter)
    {
        var client = api.CreateClient();
        var first = await (await client.GetAsync($"/v1/products?{filter}&limit=4&facets=category&facets=material&facets=certification&facets=feature&facets=capacity",
            Cancellation)).ShouldBeJsonAsync<ListProductsResponse>();
        var facets = first.Facets.ShouldNotBeNull();

        var items = first.Items.ToList();
        for (var cursor = first.NextCursor; cursor is not null;)
        {
            var page = await (await client.GetAsync($"/v1/products?{filter}&limit=4&cursor={Uri.EscapeDataString(cursor)}", Cancellation))
                .ShouldBeJsonAsync<ListProductsResponse>();
            page.Facets.ShouldBeNull("facets are counted only when asked for");
            items.AddRange(page.Items);
            cursor = page.NextCursor;
        }

        items.ShouldNotBeEmpty();
        var details = new List<JsonElement>();
        foreach (var item in items)
        {
            details.Add(await client.GetFromJsonAsync<JsonElement>($"/v1/products/{item.Id}", Cancellation));
        }

        facets.Category!.ShouldAllBe(f => f.Count == items.Count(i => i.Category == f.Value));
        facets.Material!.ShouldAllBe(f => f.Count == details.Count(d => d.GetProperty("specs").GetProperty("material").GetString() == f.Value
            || d.GetProperty("variants").EnumerateArray().Any(v => v.GetProperty("material").GetString() == f.Value)));
        facets.Certification!.ShouldAllBe(f => f.Count == details.Count(d => d.GetProperty("certifications").EnumerateArray().Any(c => c.GetString() == f.Value)));
        facets.Feature!.ShouldAllBe(f => f.Count == details.Count(d => d.GetProperty("features").EnumerateArray().Any(c => c.GetString() == f.Value)));
        facets.Capacity!.Sum(b => b.Count).ShouldBe(items.Count);
        facets.Capacity!.ShouldAllBe(b => b.Count == items.Count(i => i.CapacityLitres >= b.FromLitres && (b.ToLitres == null || i.CapacityLitres < b.ToLitres)));
        facets.Category!.Sum(f => f.Count).ShouldBe(items.Count, "every product has one category");
    }

    [Fact]
    public async Task An_unknown_facet_is_a_400()
    {
        var problem = await (await api.CreateClient().GetAsync("/v1/products?facets=colour", Cancellation)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("facets")[0].GetString()!.ShouldContain("capacity, category, certification, feature, material");
    }
}
