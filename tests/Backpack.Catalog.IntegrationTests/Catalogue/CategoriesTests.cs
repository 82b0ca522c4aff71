using System.Net;
using Backpack.Catalog.Api.Features.Catalogue.ListCategories;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

public sealed class CategoriesTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task Lists_the_six_families_in_order_with_their_counts()
    {
        var response = await api.CreateClient().GetAsync("/v1/categories", TestContext.Current.CancellationToken);
        var body = await response.ShouldBeJsonAsync<ListCategoriesResponse>();

        body.Items.Select(c => c.Key).ShouldBe(["classic", "hike-daypack", "leather", "eco", "kids", "tactical"]);
        foreach (var category in body.Items)
        {
            var products = SeedExpectations.Products.Where(p => p.Category == category.Key).ToList();
            category.ProductCount.ShouldBe(products.Count, category.Key);
            category.VariantCount.ShouldBe(products.Sum(p => p.Variants.Count), category.Key);
            category.Name.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task A_database_without_the_demo_catalogue_has_the_six_families_with_no_products()
    {
        await using var empty = new CatalogueApiFactory { SeedDemoCatalogue = false };
        await empty.InitializeAsync();
        var body = await empty.CreateClient().GetJsonAsync<ListCategoriesResponse>("/v1/categories");

        body!.Items.Select(c => c.Key).ShouldBe(["classic", "hike-daypack", "leather", "eco", "kids", "tactical"]);
        body.Items.ShouldAllBe(c => c.ProductCount == 0 && c.VariantCount == 0 && c.Description.Length > 20);
    }

    [Fact]
    public async Task Answers_304_when_the_etag_still_matches()
    {
        var client = api.CreateClient();
        var first = await client.GetAsync("/v1/categories", TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag.ShouldNotBeNull();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/categories");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }
}
