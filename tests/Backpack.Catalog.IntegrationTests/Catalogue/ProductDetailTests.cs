using System.Net;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.Api.Features.Catalogue.GetVariant;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

public sealed class ProductDetailTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    public static TheoryData<string> ProductIds() => new(SeedExpectations.Products.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(ProductIds))]
    public async Task Every_product_shows_its_specs_variants_and_full_tier_ladders(string id)
    {
        var seed = SeedExpectations.Products.Single(p => p.Id == id);
        var product = await (await api.CreateClient().GetAsync($"/v1/products/{id}", TestContext.Current.CancellationToken))
            .ShouldBeJsonAsync<ProductResponse>();

        product.Category.ShouldBe(seed.Category);
        product.Name.ShouldBe(seed.Name);
        product.Specs.CapacityLitres.ShouldBe(seed.CapacityLitres);
        product.Specs.DimensionsCm.ShouldBe(new DimensionsResponse(seed.HeightCm, seed.WidthCm, seed.DepthCm));
        product.Specs.WeightGrams.ShouldBe(seed.WeightGrams);
        product.Specs.MaxLoadKg.ShouldBe(seed.MaxLoadKg);
        product.Specs.MaterialGrade.ShouldBe(seed.MaterialGrade);
        product.Specs.StitchesPerInch.ShouldBe(seed.StitchesPerInch);
        product.Specs.UvStabilised.ShouldBe(seed.UvStabilised);
        product.Features.ShouldBe(seed.Features.Order(StringComparer.Ordinal));
        product.Certifications.ShouldBe(seed.Certifications.Order(StringComparer.Ordinal));
        product.HsCode.ShouldBe(seed.HsCode);
        product.OriginCountry.ShouldBe(seed.OriginCountry);
        product.ProductMoq.ShouldBe(seed.ProductMoq);
        product.Variants.Select(v => v.Sku).ShouldBe(seed.Variants.Select(v => v.Sku).Order(StringComparer.Ordinal));

        foreach (var variant in product.Variants)
        {
            var expected = seed.Variants.Single(v => v.Sku == variant.Sku);
            variant.Moq.ShouldBe(expected.Moq);
            variant.OrderIncrement.ShouldBe(expected.OrderIncrement);
            variant.CartonSize.ShouldBe(expected.CartonSize);
            variant.MaxPerOrder.ShouldBe(expected.MaxPerOrder);
            variant.StockAvailable.ShouldBe(expected.StockOnHand);
            variant.Availability.ShouldBe(expected.StockOnHand > 0 ? "in_stock" : "made_to_order");
            variant.LeadTimeDays.ShouldBe(seed.LeadTimeDays);
            variant.Sample?.UnitPrice.Amount.ShouldBe(expected.SamplePriceUsd!.Value);
            variant.PriceTiers.Select(t => (t.MinQuantity, t.UnitPrice.Amount, t.UnitPrice.Currency))
                .ShouldBe(expected.Tiers.Select(t => (t.MinQuantity, t.UnitPriceUsd, "USD")));
            variant.PriceTiers.Zip(variant.PriceTiers.Skip(1)).ShouldAllBe(pair => pair.First.MaxQuantity == pair.Second.MinQuantity - 1);
            variant.PriceTiers[^1].MaxQuantity.ShouldBeNull();
        }
    }

    [Fact]
    public async Task A_variant_is_readable_by_sku_with_its_product()
    {
        var seedProduct = SeedExpectations.Products.First(p => p.Variants.Any(v => v.StockOnHand == 0));
        var seedVariant = seedProduct.Variants.First(v => v.StockOnHand == 0);

        var body = await (await api.CreateClient().GetAsync($"/v1/variants/{seedVariant.Sku}", TestContext.Current.CancellationToken))
            .ShouldBeJsonAsync<GetVariantResponse>();

        body.ProductId.ShouldBe(seedProduct.Id);
        body.ProductName.ShouldBe(seedProduct.Name);
        body.Category.ShouldBe(seedProduct.Category);
        body.Variant.Sku.ShouldBe(seedVariant.Sku);
        body.Variant.Availability.ShouldBe("made_to_order");
        body.Variant.PriceTiers.Count.ShouldBe(seedVariant.Tiers.Count);
    }

    [Theory]
    [InlineData("/v1/products/classic-does-not-exist")]
    [InlineData("/v1/variants/XX-NOPE-0")]
    public async Task Unknown_ids_are_404_problems(string url) =>
        await (await api.CreateClient().GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

    [Theory]
    [InlineData("/v1/products/Classic-Metro-9", "id")]
    [InlineData("/v1/products/a", "id")]
    [InlineData("/v1/products/x--y", "id")]
    [InlineData("/v1/products/%27%20OR%201%3D1%20--", "id")]
    [InlineData("/v1/variants/cl-metro9-blk", "sku")]
    [InlineData("/v1/variants/%3Cscript%3E", "sku")]
    public async Task Malformed_ids_are_400_problems_naming_the_parameter(string url, string parameter) =>
        (await (await api.CreateClient().GetAsync(url, TestContext.Current.CancellationToken)).ShouldBeValidationProblemAsync())
            .ShouldBe([parameter]);

    [Theory]
    [InlineData("/v1/products/classic-metro-9")]
    [InlineData("/v1/variants/CL-METRO9-BLK")]
    [InlineData("/v1/products?category=kids")]
    public async Task Reads_send_a_strong_etag_and_answer_304_to_a_match(string url)
    {
        var client = api.CreateClient();
        var first = await client.GetAsync(url, TestContext.Current.CancellationToken);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = first.Headers.ETag.ShouldNotBeNull();
        etag.IsWeak.ShouldBeFalse();
        first.Headers.CacheControl!.NoCache.ShouldBeTrue();

        (await SendAsync(client, url, etag.ToString())).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await SendAsync(client, url, $"W/{etag}")).StatusCode.ShouldBe(HttpStatusCode.NotModified, "If-None-Match compares weakly");
        (await SendAsync(client, url, $"\"other\", {etag}")).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await SendAsync(client, url, "*")).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        var stale = await SendAsync(client, url, "\"stale\"");
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        stale.Headers.ETag.ShouldBe(etag);
    }

    [Fact]
    public async Task Different_content_has_a_different_etag()
    {
        var client = api.CreateClient();
        var a = await client.GetAsync("/v1/products/classic-metro-9", TestContext.Current.CancellationToken);
        var b = await client.GetAsync($"/v1/products/{SeedExpectations.Products[^1].Id}", TestContext.Current.CancellationToken);
        a.Headers.ETag.ShouldNotBe(b.Headers.ETag);
    }

    [Fact]
    public async Task A_stock_change_changes_the_etag_on_the_very_next_read()
    {
        var client = api.CreateClient();
        var before = await client.GetAsync("/v1/variants/CL-METRO9-BLK", TestContext.Current.CancellationToken);
        await api.Database.ExecuteAsync("UPDATE variants SET stock_on_hand = stock_on_hand + 1 WHERE sku = 'CL-METRO9-BLK'");

        var after = await SendAsync(client, "/v1/variants/CL-METRO9-BLK", before.Headers.ETag!.ToString());

        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Headers.ETag.ShouldNotBe(before.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
