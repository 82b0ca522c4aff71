using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.Api.Features.Catalogue.GetVariant;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

/// <summary>
/// A storefront in Berlin reads the catalogue in EUR: each price it shows must be what a EUR quote of the same SKU and quantity then
/// charges, and filtering and sorting by price must work on the EUR figures it shows, not on hidden USD ones.
/// </summary>
public sealed class CataloguePricesInCurrencyTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("CL-METRO9-BLK", "EUR")]
    [InlineData("HK-TRAIL10-ELM", "BRL")]
    [InlineData("LE-EXEC8-COG", "AED")]
    public async Task Every_tier_in_a_currency_equals_a_quote_in_that_currency_at_that_quantity(string sku, string currency)
    {
        var client = api.CreateClient();
        var read = await client.GetJsonAsync<GetVariantResponse>($"/v1/variants/{sku}?currency={currency}");
        read!.Currency.ShouldBe(currency);
        var variant = read.Variant;
        variant.PriceTiers.ShouldAllBe(t => t.UnitPrice.Currency == currency);

        foreach (var tier in variant.PriceTiers)
        {
            var steps = Math.Max(0, (tier.MinQuantity - variant.Moq + variant.OrderIncrement - 1) / variant.OrderIncrement);
            var quantity = variant.Moq + (steps * variant.OrderIncrement);
            if (tier.MaxQuantity is { } top && quantity > top)
            {
                continue;
            }

            var quote = await (await client.PostAsJsonAsync("/v1/quotes", new { currency, lines = new[] { new { sku, quantity } } }, Cancellation))
                .ShouldBeJsonAsync<QuoteResponse>();
            quote.Valid.ShouldBeTrue();
            quote.Lines[0].UnitPrice.ShouldBe(tier.UnitPrice, $"{sku} × {quantity} in {currency}");
            (quote.ExchangeRate?.Rate, quote.ExchangeRate?.AsOf).ShouldBe((read.ExchangeRate?.Rate, read.ExchangeRate?.AsOf),
                "the same rate, published at the same time");
        }

        var usd = await client.GetJsonAsync<GetVariantResponse>($"/v1/variants/{sku}");
        usd!.Variant.Sample?.UnitPrice.Currency.ShouldBe("USD");
        if (usd.Variant.Sample is { } sample)
        {
            variant.Sample!.UnitPrice.Amount.ShouldBe(decimal.Round(sample.UnitPrice.Amount * read.ExchangeRate!.Rate, 2, MidpointRounding.AwayFromZero));
        }
    }

    [Fact]
    public async Task A_product_read_in_eur_says_its_rate_and_converts_every_ladder()
    {
        var client = api.CreateClient();
        var usd = await client.GetJsonAsync<ProductResponse>("/v1/products/classic-metro-9");
        var eur = await client.GetJsonAsync<ProductResponse>("/v1/products/classic-metro-9?currency=EUR");

        usd!.Currency.ShouldBe("USD");
        usd.ExchangeRate.ShouldBeNull();
        var rate = eur!.ExchangeRate.ShouldNotBeNull();
        (rate.From, rate.To).ShouldBe(("USD", "EUR"));
        rate.State.ShouldBe("stale", "the demo rates are dated 2026-11-02, older than the hour rates stay fresh");
        rate.AsOf.ShouldNotBeNull();
        rate.AgeSeconds.ShouldBeGreaterThanOrEqualTo(0);
        eur.Variants.SelectMany(v => v.PriceTiers).Select(t => t.UnitPrice)
            .ShouldBe(usd.Variants.SelectMany(v => v.PriceTiers).Select(t => t.UnitPrice with
            {
                Amount = decimal.Round(t.UnitPrice.Amount * rate.Rate, 2, MidpointRounding.AwayFromZero), Currency = "EUR",
            }));
    }

    [Fact]
    public async Task Price_at_quantity_max_unit_price_and_sorting_by_price_use_the_currency_asked()
    {
        var client = api.CreateClient();
        var usd = await ProductPages.WalkAsync(client, "priceAtQuantity=480&sort=unitPrice");
        var eurSorted = await ProductPages.WalkAsync(client, "priceAtQuantity=480&sort=unitPrice&currency=EUR");
        var rate = (await client.GetJsonAsync<ListProductsResponse>("/v1/products?currency=EUR&limit=1"))!.ExchangeRate!.Rate;

        eurSorted.Select(p => p.Id).ShouldBe(usd.Select(p => p.Id), "a rate preserves order; ties keep the USD order");
        eurSorted.Select(p => p.PriceAtQuantity!.UnitPrice.Amount).ShouldBeInOrder(SortDirection.Ascending);
        eurSorted.Select(p => p.PriceAtQuantity!.UnitPrice).ShouldBe(usd.Select(p => p.PriceAtQuantity!.UnitPrice with
        {
            Amount = decimal.Round(p.PriceAtQuantity!.UnitPrice.Amount * rate, 2, MidpointRounding.AwayFromZero), Currency = "EUR",
        }));
        eurSorted.Where(p => p.PriceAtMoq is not null).ShouldAllBe(p => p.PriceAtMoq!.Currency == "EUR");

        // The limit is a price a product is listed at in EUR, so both sides of it are tested exactly.
        var limit = eurSorted[eurSorted.Count / 2].PriceAtQuantity!.UnitPrice.Amount;
        var cheap = await ProductPages.WalkAsync(client, $"priceAtQuantity=480&currency=EUR&maxUnitPrice={limit}");
        cheap.Select(p => p.Id).Order(StringComparer.Ordinal).ShouldBe(
            eurSorted.Where(p => p.PriceAtQuantity!.UnitPrice.Amount <= limit).Select(p => p.Id).Order(StringComparer.Ordinal));
        var belowLimit = await ProductPages.WalkAsync(client, $"priceAtQuantity=480&currency=EUR&maxUnitPrice={limit - 0.01m}");
        belowLimit.ShouldAllBe(p => p.PriceAtQuantity!.UnitPrice.Amount < limit);
        belowLimit.Count.ShouldBeLessThan(cheap.Count);
    }

    [Fact]
    public async Task Etags_differ_by_currency_and_each_revalidates_to_304()
    {
        var client = api.CreateClient();
        foreach (var url in new[] { "/v1/products?limit=5", "/v1/products/classic-metro-9", "/v1/variants/CL-METRO9-BLK" })
        {
            var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var usd = await ConditionalGet.ETagOfAsync(client, url);
            var eur = await ConditionalGet.ETagOfAsync(client, $"{url}{separator}currency=EUR");
            var gbp = await ConditionalGet.ETagOfAsync(client, $"{url}{separator}currency=GBP");
            new[] { usd, eur, gbp }.Distinct().Count().ShouldBe(3, url);
            (await ConditionalGet.SendAsync(client, $"{url}{separator}currency=EUR", eur)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
            (await ConditionalGet.SendAsync(client, $"{url}{separator}currency=GBP", eur)).StatusCode.ShouldBe(HttpStatusCode.OK,
                "a EUR ETag does not validate the GBP answer");
        }
    }

    [Theory]
    [InlineData("/v1/products?currency=XYZ")]
    [InlineData("/v1/products?currency=eur")]
    [InlineData("/v1/products/classic-metro-9?currency=JPY")]
    [InlineData("/v1/variants/CL-METRO9-BLK?currency=")]
    public async Task An_unsupported_currency_is_a_400_naming_the_ones_supported(string url)
    {
        var problem = await (await api.CreateClient().GetAsync(url, Cancellation)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("currency")[0].GetString()!.ShouldContain("USD, EUR, GBP");
    }
}
