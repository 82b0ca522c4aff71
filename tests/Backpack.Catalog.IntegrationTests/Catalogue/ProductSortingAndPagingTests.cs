using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

public sealed class ProductSortingAndPagingTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(100)]
    public async Task Walking_every_page_serves_each_product_exactly_once(int limit)
    {
        var served = await ProductPages.WalkAsync(api.CreateClient(), "", limit);
        served.Select(p => p.Id).ShouldBeUnique();
        served.Count.ShouldBe(SeedExpectations.Products.Count);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("-name")]
    [InlineData("capacity")]
    [InlineData("-capacity")]
    [InlineData("priceAtMoq")]
    [InlineData("-priceAtMoq")]
    [InlineData("newest")]
    public async Task Every_sort_pages_in_a_stable_order(string sort)
    {
        var served = await ProductPages.WalkAsync(api.CreateClient(), $"sort={sort}", limit: 4);
        served.Select(p => p.Id).ShouldBe(Expected(sort).Select(p => p.Id), $"sort={sort}");
    }

    [Theory]
    [InlineData("unitPrice", 300)]
    [InlineData("-unitPrice", 300)]
    [InlineData("unitPrice", 1000)]
    public async Task Sorting_by_unit_price_at_a_quantity_pages_in_price_order(string sort, int quantity)
    {
        var served = await ProductPages.WalkAsync(api.CreateClient(), $"sort={sort}&priceAtQuantity={quantity}", limit: 3);
        var orderable = SeedExpectations.Products.Where(p => SeedExpectations.PriceAt(p, quantity) is not null);
        var expected = sort.StartsWith('-')
            ? orderable.OrderByDescending(p => SeedExpectations.PriceAt(p, quantity)).ThenByDescending(p => p.Id, StringComparer.Ordinal)
            : orderable.OrderBy(p => SeedExpectations.PriceAt(p, quantity)).ThenBy(p => p.Id, StringComparer.Ordinal);
        served.Select(p => p.Id).ShouldBe(expected.Select(p => p.Id));
    }

    [Fact]
    public async Task Default_page_size_is_twenty_and_the_sort_is_by_name()
    {
        var page = await api.CreateClient().GetJsonAsync<Api.Features.Catalogue.ListProducts.ListProductsResponse>("/v1/products");
        page!.Limit.ShouldBe(20);
        page.Items.Count.ShouldBe(20);
        page.NextCursor.ShouldNotBeNull();
        page.Items.Select(p => p.Id).ShouldBe(Expected("name").Take(20).Select(p => p.Id));
    }

    [Fact]
    public async Task Summaries_carry_price_at_moq_and_availability_from_the_seed()
    {
        var served = await ProductPages.WalkAsync(api.CreateClient(), "");
        foreach (var item in served)
        {
            var seed = SeedExpectations.Products.Single(p => p.Id == item.Id);
            item.PriceAtMoq.ShouldNotBeNull().Amount.ShouldBe(SeedExpectations.PriceAtMoq(seed), item.Id);
            item.PriceAtMoq.Currency.ShouldBe("USD");
            item.Moq.ShouldBe(seed.Variants.Min(v => v.Moq));
            item.InStock.ShouldBe(SeedExpectations.InStock(seed));
            item.VariantCount.ShouldBe(seed.Variants.Count);
            item.CreatedAt.ShouldBe(seed.CreatedAt.UtcDateTime);
        }
    }

    [Fact]
    public async Task A_cursor_is_refused_with_other_filters_or_another_sort()
    {
        var client = api.CreateClient();
        var first = await client.GetJsonAsync<Api.Features.Catalogue.ListProducts.ListProductsResponse>("/v1/products?limit=2&category=classic");
        var cursor = Uri.EscapeDataString(first!.NextCursor!);

        (await (await client.GetAsync($"/v1/products?limit=2&category=eco&cursor={cursor}", TestContext.Current.CancellationToken))
            .ShouldBeValidationProblemAsync()).ShouldBe(["cursor"]);
        (await (await client.GetAsync($"/v1/products?limit=2&category=classic&sort=newest&cursor={cursor}", TestContext.Current.CancellationToken))
            .ShouldBeValidationProblemAsync()).ShouldBe(["cursor"]);
        (await client.GetAsync($"/v1/products?limit=5&category=classic&cursor={cursor}", TestContext.Current.CancellationToken))
            .IsSuccessStatusCode.ShouldBeTrue("the page size may change between pages");
    }

    private IEnumerable<SeedProduct> Expected(string sort)
    {
        var products = SeedExpectations.Products;
        var byId = StringComparer.Ordinal;
        return sort switch
        {
            "name" => products.OrderBy(p => p.Name, NameOrder).ThenBy(p => p.Id, byId),
            "-name" => products.OrderByDescending(p => p.Name, NameOrder).ThenByDescending(p => p.Id, byId),
            "capacity" => products.OrderBy(p => p.CapacityLitres).ThenBy(p => p.Id, byId),
            "-capacity" => products.OrderByDescending(p => p.CapacityLitres).ThenByDescending(p => p.Id, byId),
            "priceAtMoq" => products.OrderBy(SeedExpectations.PriceAtMoq).ThenBy(p => p.Id, byId),
            "-priceAtMoq" => products.OrderByDescending(SeedExpectations.PriceAtMoq).ThenByDescending(p => p.Id, byId),
            "newest" => products.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id, byId),
            _ => throw new ArgumentOutOfRangeException(nameof(sort)),
        };
    }

    // SQLite compares text byte by byte; SQL Server's default collation ignores case.
    private StringComparer NameOrder => api.Database.Provider == DatabaseProvider.Sqlite ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
}
