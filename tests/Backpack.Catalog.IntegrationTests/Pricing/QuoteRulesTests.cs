using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Pricing;

public sealed class QuoteRulesTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static readonly SeedVariant Capped = SeedExpectations.Variants.First(v => v.MaxPerOrder is not null);
    private static readonly SeedVariant NoSample = SeedExpectations.Variants.First(v => v.SamplePriceUsd is null);
    private static readonly SeedVariant WithSample = SeedExpectations.Variants.First(v => v.SamplePriceUsd is not null && v.StockOnHand > 10);
    private static readonly SeedProduct Mixed = SeedExpectations.Products.First(p => p.ProductMoq is not null && p.Variants.Count >= 2);

    [Fact]
    public async Task Every_violation_kind_is_reported_with_its_code_and_message_in_one_quote()
    {
        var quote = await QuoteAsync(new
        {
            lines = new object[]
            {
                new { sku = Capped.Sku, quantity = Capped.Moq - Capped.OrderIncrement },
                new { sku = NoSample.Sku, quantity = NoSample.Moq + 1 },
                new { sku = Capped.Sku, quantity = Capped.MaxPerOrder!.Value + Capped.OrderIncrement, sample = true },
                new { sku = NoSample.Sku, quantity = 1, sample = true },
                new { sku = WithSample.Sku, quantity = 0 },
                new { sku = "ZZ-NOT-SOLD", quantity = 100 },
                new { sku = Mixed.Variants[0].Sku, quantity = Mixed.Variants[0].Moq },
            },
        });

        quote.Valid.ShouldBeFalse();
        var codes = quote.Lines.SelectMany(l => l.Violations).Select(v => v.Code).Distinct().Order().ToList();
        codes.ShouldBe(["above_sample_max", "below_moq", "below_product_moq", "not_an_order_increment", "quantity_not_positive", "sample_not_offered", "unknown_sku"]);
        quote.Lines.SelectMany(l => l.Violations).ShouldAllBe(v => !string.IsNullOrWhiteSpace(v.Message));
        quote.Lines.Select(l => l.Line).ShouldBe([1, 2, 3, 4, 5, 6, 7]);
    }

    [Fact]
    public async Task Above_the_per_order_maximum_is_explained_with_the_largest_valid_quantity()
    {
        var asked = Capped.MaxPerOrder!.Value + Capped.OrderIncrement;
        var line = (await QuoteAsync(new { lines = new[] { new { sku = Capped.Sku, quantity = asked } } })).Lines.Single();

        line.Violations.Select(v => v.Code).ShouldBe(["above_max_per_order"]);
        line.ValidQuantities.ShouldBe(new ValidQuantitiesResponse(LargestValid(Capped), null));
    }

    [Fact]
    public async Task A_broken_increment_suggests_the_nearest_valid_quantities_on_both_sides()
    {
        var variant = SeedExpectations.Variants.First(v => v.OrderIncrement >= 10 && v.MaxPerOrder is null);
        var asked = variant.Moq + variant.OrderIncrement + 1;
        var line = (await QuoteAsync(new { lines = new[] { new { sku = variant.Sku, quantity = asked } } })).Lines.Single();

        line.ValidQuantities.ShouldBe(new ValidQuantitiesResponse(variant.Moq + variant.OrderIncrement, variant.Moq + (2 * variant.OrderIncrement)));
    }

    [Fact]
    public async Task A_mixed_moq_is_met_across_the_products_skus_and_priced_on_their_total()
    {
        var a = Mixed.Variants[0];
        var b = Mixed.Variants[1];
        var each = SmallestValidFor(Math.Max(Math.Max(a.Moq, b.Moq), (Mixed.ProductMoq!.Value + 1) / 2), a, b);
        var quote = await QuoteAsync(new { lines = new[] { new { sku = a.Sku, quantity = each }, new { sku = b.Sku, quantity = each } } });

        quote.Valid.ShouldBeTrue(string.Join("; ", quote.Lines.SelectMany(l => l.Violations).Select(v => v.Message)));
        var expectedTier = a.Tiers.Last(t => t.MinQuantity <= 2 * each);
        quote.Lines[0].Tier!.MinQuantity.ShouldBe(expectedTier.MinQuantity);
        quote.Lines[0].UnitPrice!.Amount.ShouldBe(expectedTier.UnitPriceUsd);
    }

    [Fact]
    public async Task A_sample_is_priced_at_the_sample_price_without_moq()
    {
        var line = (await QuoteAsync(new { lines = new[] { new { sku = WithSample.Sku, quantity = 2, sample = true } } })).Lines.Single();

        line.Violations.ShouldBeEmpty();
        line.UnitPrice!.Amount.ShouldBe(WithSample.SamplePriceUsd!.Value);
        line.LineTotal!.Amount.ShouldBe(WithSample.SamplePriceUsd!.Value * 2);
        line.Tier.ShouldBeNull();
        line.Availability!.FromStock.ShouldBe(2);
    }

    [Fact]
    public async Task Stock_ships_first_and_the_rest_is_made_to_order_after_the_lead_time()
    {
        var product = SeedExpectations.Products.First(p => p.Variants.Any(v => v.StockOnHand > 0 && v.StockOnHand < v.Tiers[^1].MinQuantity));
        var variant = product.Variants.First(v => v.StockOnHand > 0 && v.StockOnHand < v.Tiers[^1].MinQuantity);
        var quantity = variant.Tiers[^1].MinQuantity;

        var quote = await QuoteAsync(new { lines = new[] { new { sku = variant.Sku, quantity } } });
        var availability = quote.Lines.Single().Availability!;

        availability.FromStock.ShouldBe(variant.StockOnHand);
        availability.MadeToOrder.ShouldBe(quantity - variant.StockOnHand);
        availability.EstimatedShipDate.ShouldBe(DateOnly.FromDateTime(quote.QuotedAt).AddDays(product.LeadTimeDays));

        var fromStockOnly = (await QuoteAsync(new { lines = new[] { new { sku = variant.Sku, quantity = variant.Moq } } })).Lines.Single().Availability!;
        if (variant.StockOnHand >= variant.Moq)
        {
            fromStockOnly.EstimatedShipDate.ShouldBe(DateOnly.FromDateTime(quote.QuotedAt).AddDays(QuoteAssembler.InStockDispatchDays));
        }
    }

    [Fact]
    public async Task Prices_convert_exactly_into_the_buyers_currency_with_documented_rounding()
    {
        var variant = SeedExpectations.Variants.First(v => v.Tiers.Count >= 3);
        var quantity = variant.Tiers[1].MinQuantity;
        var quote = await QuoteAsync(new { currency = "KES", lines = new[] { new { sku = variant.Sku, quantity } } });

        quote.Currency.ShouldBe("KES");
        var rate = quote.ExchangeRate.ShouldNotBeNull().Rate;
        var unit = decimal.Round(variant.Tiers[1].UnitPriceUsd * rate, 2, MidpointRounding.AwayFromZero);
        var line = quote.Lines.Single();
        line.UnitPrice.ShouldBe(new Api.Features.Pricing.Money(unit, "KES"));
        line.LineTotal!.Amount.ShouldBe(unit * quantity);
        quote.Totals.Subtotal.ShouldBe(new Api.Features.Pricing.Money(unit * quantity, "KES"));
        quote.Totals.SubtotalUsd.Amount.ShouldBe(variant.Tiers[1].UnitPriceUsd * quantity);
    }

    [Theory]
    [InlineData("{}", "lines")]
    [InlineData("{\"lines\": []}", "lines")]
    [InlineData("{\"lines\": [{\"sku\": \"CL-METRO9-BLK\"}]}", "lines[0].quantity")]
    [InlineData("{\"lines\": [{\"quantity\": 100}]}", "lines[0].sku")]
    [InlineData("{\"lines\": [{\"sku\": \"cl-metro9-blk\", \"quantity\": 100}]}", "lines[0].sku")]
    [InlineData("{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100000000}]}", "lines[0].quantity")]
    [InlineData("{\"currency\": \"JPY\", \"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}", "currency")]
    [InlineData("{\"incoterm\": {\"rule\": \"FAS\", \"place\": \"KEMBA\"}, \"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}", "incoterm.rule")]
    [InlineData("{\"incoterm\": {\"rule\": \"CIF\"}, \"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}", "incoterm.place")]
    [InlineData("{\"incoterm\": {\"rule\": \"CIF\", \"place\": \"CNYTN\"}, \"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}", "incoterm.place")]
    [InlineData("{\"incoterm\": {\"rule\": \"CIF\", \"place\": \"KEMBA\"}, \"shippingMode\": \"air\", \"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}", "shippingMode")]
    [InlineData("{\"shippingMode\": \"rail\", \"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}", "shippingMode")]
    [InlineData("{\"destinationCountry\": \"Kenya\", \"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}", "destinationCountry")]
    [InlineData("{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}, {\"sku\": \"CL-METRO9-BLK\", \"quantity\": 20}]}", "lines[1]")]
    public async Task Malformed_requests_are_400_problems_naming_the_field(string json, string field)
    {
        var response = await api.CreateClient().PostAsync("/v1/quotes",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        (await response.ShouldBeValidationProblemAsync()).ShouldContain(field);
    }

    [Fact]
    public async Task More_than_the_maximum_number_of_lines_is_refused()
    {
        var lines = Enumerable.Range(0, LineItemRules.MaxLines + 1).Select(i => new { sku = $"XX-LINE-{i}", quantity = 1 });
        var response = await api.CreateClient().PostAsJsonAsync("/v1/quotes", new { lines }, TestContext.Current.CancellationToken);
        (await response.ShouldBeValidationProblemAsync()).ShouldBe(["lines"]);
    }

    [Fact]
    public async Task The_documented_example_is_a_valid_quote()
    {
        var quote = await QuoteAsync(QuoteRequest.Example);
        quote.Valid.ShouldBeTrue(string.Join("; ", quote.Lines.SelectMany(l => l.Violations).Select(v => v.Message)));
        quote.Currency.ShouldBe("USD");
        quote.LandedCost.ShouldNotBeNull().Incoterm.Place.ShouldBe("KEMBA");
    }

    [Fact]
    public async Task A_quote_reserves_no_stock()
    {
        var before = await api.Database.ScalarAsync<long>("SELECT SUM(stock_on_hand) + SUM(stock_reserved) * 1000000 FROM variants");
        await QuoteAsync(new { lines = new[] { new { sku = WithSample.Sku, quantity = WithSample.Moq } } });
        (await api.Database.ScalarAsync<long>("SELECT SUM(stock_on_hand) + SUM(stock_reserved) * 1000000 FROM variants")).ShouldBe(before);
    }

    [Fact]
    public async Task A_valid_quote_is_held_for_seven_days_with_its_prices_and_an_invalid_one_is_not_held()
    {
        var held = await QuoteAsync(new { currency = "GBP", lines = new[] { new { sku = WithSample.Sku, quantity = WithSample.Moq } } });
        var quoteId = held.QuoteId.ShouldNotBeNull();
        held.ValidUntil.ShouldNotBeNull().ShouldBe(held.QuotedAt.AddDays(7), TimeSpan.FromMilliseconds(1));
        (await api.Database.ScalarAsync<string>($"SELECT currency FROM quotes WHERE quote_id = '{quoteId}'")).ShouldBe("GBP");
        (await api.Database.ScalarAsync<long>($"SELECT unit_price_usd_cents FROM quote_lines WHERE quote_id = '{quoteId}'"))
            .ShouldBe((long)(WithSample.Tiers[0].UnitPriceUsd * 100));

        var before = await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM quotes");
        var invalid = await QuoteAsync(new { lines = new[] { new { sku = WithSample.Sku, quantity = WithSample.Moq - 1 } } });
        invalid.Valid.ShouldBeFalse();
        invalid.QuoteId.ShouldBeNull();
        invalid.ValidUntil.ShouldBeNull();
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM quotes")).ShouldBe(before);
    }

    private async Task<QuoteResponse> QuoteAsync(object body)
    {
        var response = await api.CreateClient().PostAsJsonAsync("/v1/quotes", body, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await response.ShouldBeJsonAsync<QuoteResponse>();
    }

    private static int LargestValid(SeedVariant v) => v.Moq + ((v.MaxPerOrder!.Value - v.Moq) / v.OrderIncrement * v.OrderIncrement);

    /// <summary>The smallest quantity from <paramref name="atLeast"/> up that both SKUs accept.</summary>
    private static int SmallestValidFor(int atLeast, SeedVariant a, SeedVariant b)
    {
        var q = atLeast;
        while ((q - a.Moq) % a.OrderIncrement != 0 || (q - b.Moq) % b.OrderIncrement != 0 || q < a.Moq || q < b.Moq)
        {
            q++;
        }

        return q;
    }
}
