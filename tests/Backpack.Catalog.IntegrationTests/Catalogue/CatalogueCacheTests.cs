using System.Net;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.Api.Features.Catalogue.GetVariant;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

/// <summary>
/// Public reads are cached by storefronts and CDNs with If-None-Match: their ETags must change exactly when their content
/// does, so a price change is never served stale and an unchanged resource keeps answering 304.
/// </summary>
public sealed class CatalogueCacheTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task A_price_change_is_served_on_the_very_next_read_even_to_a_client_holding_the_old_etag()
    {
        const string sku = "CL-METRO9-BLK";
        const string productUrl = "/v1/products/classic-metro-9";
        const string variantUrl = $"/v1/variants/{sku}";
        var client = api.CreateClient();
        var variantETag = await ConditionalGet.ETagOfAsync(client, variantUrl);
        var productETag = await ConditionalGet.ETagOfAsync(client, productUrl);
        var oldPrice = (await client.GetJsonAsync<GetVariantResponse>(variantUrl))!.Variant.PriceTiers[0].UnitPrice.Amount;

        await CatalogueEdits.ChangePricesAsync(api, sku, 0.15m);

        var variant = await ConditionalGet.SendAsync(client, variantUrl, variantETag);
        variant.Headers.ETag!.ToString().ShouldNotBe(variantETag);
        (await variant.ShouldBeJsonAsync<GetVariantResponse>()).Variant.PriceTiers[0].UnitPrice.Amount.ShouldBe(oldPrice + 0.15m);
        var product = await ConditionalGet.SendAsync(client, productUrl, productETag);
        product.Headers.ETag!.ToString().ShouldNotBe(productETag);
        (await product.ShouldBeJsonAsync<ProductResponse>()).Variants.Single(v => v.Sku == sku).PriceTiers[0].UnitPrice.Amount
            .ShouldBe(oldPrice + 0.15m);

        (await ConditionalGet.SendAsync(client, variantUrl, variant.Headers.ETag!.ToString())).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await ConditionalGet.SendAsync(client, productUrl, product.Headers.ETag!.ToString())).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_change_to_another_product_leaves_this_products_etags_and_304s_alone()
    {
        string[] urls = ["/v1/products/classic-campus-8", "/v1/variants/CL-CAMPUS8-BLK", "/v1/products?category=leather"];
        var client = api.CreateClient();
        var etags = new List<string>();
        foreach (var url in urls)
        {
            etags.Add(await ConditionalGet.ETagOfAsync(client, url));
        }

        await CatalogueEdits.ChangePricesAsync(api, "CL-HERIT10-FGR", 0.05m);
        await CatalogueEdits.RenameAsync(api, "classic-heritage-flap-10", "Heritage Flap Mini 10 L (renamed)");

        foreach (var (url, etag) in urls.Zip(etags))
        {
            (await ConditionalGet.SendAsync(client, url, etag)).StatusCode.ShouldBe(HttpStatusCode.NotModified, url);
            (await ConditionalGet.ETagOfAsync(client, url)).ShouldBe(etag, url);
        }
    }

    [Fact]
    public async Task Saving_identical_content_leaves_the_etags_and_the_feed_unchanged()
    {
        const string id = "classic-citysafe-anti-theft-9";
        const string sku = "CL-CSAFE9-SLB";
        var client = api.CreateClient();
        var productETag = await ConditionalGet.ETagOfAsync(client, $"/v1/products/{id}");
        var variantETag = await ConditionalGet.ETagOfAsync(client, $"/v1/variants/{sku}");
        var cursor = await ChangeFeed.CurrentCursorAsync(client);

        // The same product written again, with prices spelled with more decimals (10.9000 rather than 10.90) and its lists reordered.
        var result = await CatalogueEdits.EditAsync(api, id, p => p with
        {
            Features = p.Features!.AsEnumerable().Reverse().ToList(),
            Variants = p.Variants!.AsEnumerable().Reverse().Select(v => v with
            {
                PriceTiers = v.PriceTiers!.Select(t => t with { UnitPriceUsd = t.UnitPriceUsd!.Value * 1.0000m }).ToList(),
            }).ToList(),
        });

        result.Changed.ShouldBeFalse();
        (await ConditionalGet.SendAsync(client, $"/v1/products/{id}", productETag)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await ConditionalGet.SendAsync(client, $"/v1/variants/{sku}", variantETag)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await ChangeFeed.ReadAsync(client, cursor)).Changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_product_list_etag_changes_when_a_listed_products_price_changes()
    {
        var product = SeedExpectations.Products.Single(p => p.Id == "kids-dino-explorer-7");
        var list = $"/v1/products?category={product.Category}&limit=100";
        var client = api.CreateClient();
        var listETag = await ConditionalGet.ETagOfAsync(client, list);
        var otherList = "/v1/products?category=tactical";
        var otherETag = await ConditionalGet.ETagOfAsync(client, otherList);
        var before = (await client.GetJsonAsync<ListProductsResponse>(list))!.Items.Single(i => i.Id == product.Id).PriceAtMoq!.Amount;

        foreach (var variant in product.Variants)
        {
            await CatalogueEdits.ChangePricesAsync(api, variant.Sku, -0.10m);
        }

        var response = await ConditionalGet.SendAsync(client, list, listETag);
        response.Headers.ETag!.ToString().ShouldNotBe(listETag);
        (await response.ShouldBeJsonAsync<ListProductsResponse>()).Items.Single(i => i.Id == product.Id).PriceAtMoq!.Amount.ShouldBe(before - 0.10m);
        (await ConditionalGet.SendAsync(client, otherList, otherETag)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Stock_an_order_reserves_changes_the_skus_etag_without_a_feed_entry()
    {
        var variant = SeedExpectations.Variants.Single(v => v.Sku == "EC-ROLL11-GLB"); // 380 in stock, MOQ 100
        var url = $"/v1/variants/{variant.Sku}";
        var client = api.CreateClient();
        var etag = await ConditionalGet.ETagOfAsync(client, url);
        var cursor = await ChangeFeed.CurrentCursorAsync(client);

        await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBodies.Order(variant.Sku, variant.Moq));

        var response = await ConditionalGet.SendAsync(client, url, etag);
        (await response.ShouldBeJsonAsync<GetVariantResponse>()).Variant.StockAvailable.ShouldBe(variant.StockOnHand - variant.Moq);
        response.Headers.ETag!.ToString().ShouldNotBe(etag);
        (await ChangeFeed.ReadAsync(client, cursor)).Changes.ShouldBeEmpty("order stock moves are read live, not fed");
    }
}
