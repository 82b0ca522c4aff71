using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Pricing;

/// <summary>Every seeded SKU, just below, at and just above each tier boundary, against a calculation written here from the rules.</summary>
public sealed class QuoteBoundaryTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private sealed record Case(SeedProduct Product, SeedVariant Variant, int Quantity);

    [Fact]
    public async Task Every_sku_around_every_tier_boundary_matches_an_independent_calculation()
    {
        var cases = SeedExpectations.Products
            .SelectMany(p => p.Variants.SelectMany(v => v.Tiers
                .SelectMany(t => new[] { t.MinQuantity - 1, t.MinQuantity, t.MinQuantity + 1, t.MinQuantity + v.OrderIncrement })
                .Distinct()
                .Select(q => new Case(p, v, q))))
            .ToList();
        cases.Count.ShouldBeGreaterThan(1000);

        // A product may appear once per quote: lines of one product with a mixed MOQ are priced on their total.
        var batches = cases.GroupBy(c => c.Product.Id).SelectMany(g => g.Select((c, i) => (Batch: i, Case: c)))
            .GroupBy(x => x.Batch, x => x.Case).ToList();
        var client = api.CreateClient();
        var checkedLines = 0;
        foreach (var batch in batches)
        {
            foreach (var chunk in batch.Chunk(LineItemRules.MaxLines))
            {
                var response = await client.PostAsJsonAsync("/v1/quotes",
                    new { lines = chunk.Select(c => new { sku = c.Variant.Sku, quantity = c.Quantity }) }, TestContext.Current.CancellationToken);
                var quote = await response.ShouldBeJsonAsync<QuoteResponse>();
                quote.Lines.Count.ShouldBe(chunk.Length);
                foreach (var (line, expected) in quote.Lines.Zip(chunk))
                {
                    ShouldMatch(line, expected);
                    checkedLines++;
                }

                quote.Totals.Subtotal.Amount.ShouldBe(quote.Lines.Sum(l => l.LineTotal?.Amount ?? 0));
            }
        }

        checkedLines.ShouldBe(cases.Count);
    }

    private static void ShouldMatch(QuoteLineResponse line, Case c)
    {
        var (variant, quantity) = (c.Variant, c.Quantity);
        var label = $"{variant.Sku} × {quantity}";
        var tier = variant.Tiers.Last(t => t.MinQuantity <= Math.Max(quantity, variant.Moq));
        line.Sku.ShouldBe(variant.Sku);
        line.Tier!.MinQuantity.ShouldBe(tier.MinQuantity, label);
        line.UnitPrice!.Amount.ShouldBe(tier.UnitPriceUsd, label);
        line.UnitPrice.Currency.ShouldBe("USD");
        line.LineTotal!.Amount.ShouldBe(tier.UnitPriceUsd * quantity, label);

        var next = variant.Tiers.FirstOrDefault(t => t.MinQuantity > Math.Max(quantity, variant.Moq));
        if (next is null)
        {
            line.NextTier.ShouldBeNull(label);
        }
        else
        {
            var nextTier = line.NextTier.ShouldNotBeNull(label);
            nextTier.MinQuantity.ShouldBe(next.MinQuantity, label);
            nextTier.UnitsToReach.ShouldBe(next.MinQuantity - quantity, label);
            nextTier.UnitPrice.Amount.ShouldBe(next.UnitPriceUsd, label);
        }

        var expectedCodes = new List<string>();
        if (quantity < variant.Moq) expectedCodes.Add("below_moq");
        if (quantity >= variant.Moq && (quantity - variant.Moq) % variant.OrderIncrement != 0) expectedCodes.Add("not_an_order_increment");
        if (variant.MaxPerOrder is { } max && quantity > max) expectedCodes.Add("above_max_per_order");
        if (c.Product.ProductMoq is { } productMoq && quantity < productMoq) expectedCodes.Add("below_product_moq");
        line.Violations.Select(v => v.Code).ToList().ShouldBe(expectedCodes, label);
        line.Violations.ShouldAllBe(v => v.Message.Length > 10);

        var fromStock = Math.Min(quantity, variant.StockOnHand);
        line.Availability!.FromStock.ShouldBe(fromStock, label);
        line.Availability.MadeToOrder.ShouldBe(quantity - fromStock, label);
        line.Availability.LeadTimeDays.ShouldBe(c.Product.LeadTimeDays);
    }
}
