using Backpack.Catalog.Api.Features.Pricing;
using static Backpack.Catalog.Api.Features.Pricing.PriceBook;

namespace Backpack.Catalog.UnitTests.Pricing;

public sealed class PriceBookTests
{
    private static readonly VariantPricing Carton24 = new("CL-TEST-BLK", Moq: 48, OrderIncrement: 24, MaxPerOrder: 960,
        [new(48, 980), new(96, 920), new(240, 860), new(480, 790)], SamplePriceCents: 2450, SampleMax: 5);

    private static LineEvaluation Bulk(VariantPricing variant, int quantity) =>
        Evaluate([new PricingLine("p", null, variant, quantity)]).Single();

    [Theory]
    [InlineData(50, 48, 72)]
    [InlineData(48, 48, 48)]
    [InlineData(30, null, 48)]
    [InlineData(71, 48, 72)]
    [InlineData(959, 936, 960)]
    [InlineData(5000, 960, null)]
    public void Nearest_valid_quantities(int asked, int? below, int? above) =>
        Nearest(Carton24, asked).ShouldBe(new ValidQuantities(below, above));

    [Theory]
    [InlineData(48, 980, 96)]
    [InlineData(95, 980, 96)]
    [InlineData(96, 920, 240)]
    [InlineData(239, 920, 240)]
    [InlineData(240, 860, 480)]
    [InlineData(480, 790, null)]
    public void The_tier_is_the_highest_break_at_or_below_the_quantity(int quantity, long unitCents, int? nextBreak)
    {
        var tierIndex = TierIndexAt(Carton24.Tiers, quantity).ShouldNotBeNull();
        Carton24.Tiers[tierIndex].UnitPriceCents.ShouldBe(unitCents);
        (tierIndex + 1 < Carton24.Tiers.Count ? Carton24.Tiers[tierIndex + 1].MinQuantity : (int?)null).ShouldBe(nextBreak);
    }

    [Fact]
    public void A_valid_line_is_priced_exactly_with_its_next_tier()
    {
        var line = Bulk(Carton24, 216);
        line.Violations.ShouldBeEmpty();
        line.Tier.ShouldBe(new PriceBreak(96, 920));
        line.TierMaxQuantity.ShouldBe(239);
        line.UnitPriceCents.ShouldBe(920);
        line.LineTotalCents.ShouldBe(216 * 920);
        line.NextTier.ShouldBe(new NextTier(240, 24, 860));
        line.Suggested.ShouldBeNull();
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var line = Bulk(Carton24, 1000);
        line.Violations.Select(v => v.Code).ShouldBe([Codes.NotAnOrderIncrement, Codes.AboveMaxPerOrder]);
        line.Violations.ShouldAllBe(v => v.Message.Contains("CL-TEST-BLK"));
        line.Suggested.ShouldBe(new ValidQuantities(960, null));
    }

    [Theory]
    [InlineData(0, Codes.QuantityNotPositive)]
    [InlineData(-24, Codes.QuantityNotPositive)]
    [InlineData(47, Codes.BelowMoq)]
    [InlineData(50, Codes.NotAnOrderIncrement)]
    [InlineData(984, Codes.AboveMaxPerOrder)]
    public void Each_violation_has_its_code(int quantity, string code) =>
        Bulk(Carton24, quantity).Violations.Select(v => v.Code).ShouldContain(code);

    [Fact]
    public void A_mixed_product_moq_counts_every_sku_of_the_product_and_prices_on_the_total()
    {
        var red = Carton24 with { Sku = "CL-TEST-RED" };
        var short_ = Evaluate([new PricingLine("p", 300, Carton24, 120), new PricingLine("p", 300, red, 120)]);
        short_.ShouldAllBe(l => l.Violations.Single().Code == Codes.BelowProductMoq);
        short_[0].Violations[0].Message.ShouldContain("Add 60 more");

        var met = Evaluate([new PricingLine("p", 300, Carton24, 144), new PricingLine("p", 300, red, 168)]);
        met.ShouldAllBe(l => l.Violations.Count == 0);
        met.ShouldAllBe(l => l.PricingQuantity == 312 && l.UnitPriceCents == 860, "tiers apply to the product total");
        met[0].LineTotalCents.ShouldBe(144 * 860);
        met[0].NextTier.ShouldBe(new NextTier(480, 168, 790));
    }

    [Fact]
    public void Lines_of_other_products_do_not_count_toward_a_mixed_moq()
    {
        var lines = Evaluate([new PricingLine("p", 300, Carton24, 144), new PricingLine("q", null, Carton24 with { Sku = "X-1" }, 480)]);
        lines[0].Violations.Single().Code.ShouldBe(Codes.BelowProductMoq);
        lines[1].Violations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(3, 3 * 2450L, null)]
    [InlineData(6, null, Codes.AboveSampleMax)]
    [InlineData(0, null, Codes.QuantityNotPositive)]
    public void Samples_are_priced_at_the_sample_price_up_to_the_sample_maximum(int quantity, long? totalCents, string? code)
    {
        var line = Evaluate([new PricingLine("p", null, Carton24, quantity, Sample: true)]).Single();
        if (code is null)
        {
            line.Violations.ShouldBeEmpty();
            line.LineTotalCents.ShouldBe(totalCents);
            line.Tier.ShouldBeNull("samples ignore the tier ladder and MOQ");
        }
        else
        {
            line.Violations.Select(v => v.Code).ShouldContain(code);
        }
    }

    [Fact]
    public void A_sku_without_sample_terms_refuses_a_sample() =>
        Evaluate([new PricingLine("p", null, Carton24 with { SamplePriceCents = null, SampleMax = null }, 1, Sample: true)])
            .Single().Violations.Single().Code.ShouldBe(Codes.SampleNotOffered);

    // Property-style checks over many random, well-formed ladders.
    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Unit_price_never_rises_as_quantity_rises(int seed)
    {
        var variant = RandomVariant(new Random(seed));
        long? previous = null;
        for (var quantity = variant.Moq; quantity <= variant.Moq + (60 * variant.OrderIncrement); quantity += variant.OrderIncrement)
        {
            var price = Bulk(variant, quantity).UnitPriceCents.ShouldNotBeNull();
            if (previous is { } p)
            {
                price.ShouldBeLessThanOrEqualTo(p, $"seed {seed}, quantity {quantity}");
            }

            previous = price;
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_valid_quantity_falls_in_exactly_one_tier(int seed)
    {
        var variant = RandomVariant(new Random(seed));
        for (var quantity = variant.Moq; quantity <= variant.Tiers[^1].MinQuantity + (3 * variant.OrderIncrement); quantity += variant.OrderIncrement)
        {
            var ranges = variant.Tiers.Select((t, i) => (Min: t.MinQuantity, Max: i + 1 < variant.Tiers.Count ? variant.Tiers[i + 1].MinQuantity - 1 : int.MaxValue));
            ranges.Count(r => r.Min <= quantity && quantity <= r.Max).ShouldBe(1, $"seed {seed}, quantity {quantity}");
            var line = Bulk(variant, quantity);
            line.Tier!.MinQuantity.ShouldBeLessThanOrEqualTo(quantity);
            (line.TierMaxQuantity ?? int.MaxValue).ShouldBeGreaterThanOrEqualTo(quantity);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Snapping_always_returns_the_nearest_valid_quantities(int seed)
    {
        var random = new Random(seed);
        var variant = RandomVariant(random);
        for (var i = 0; i < 200; i++)
        {
            var asked = random.Next(-10, (variant.MaxPerOrder ?? 5000) + 200);
            var (below, above) = Nearest(variant, asked);
            if (below is { } b)
            {
                IsValidQuantity(variant, b).ShouldBeTrue($"seed {seed}: below {b} for {asked}");
                b.ShouldBeLessThanOrEqualTo(Math.Max(asked, variant.Moq));
                Enumerable.Range(b + 1, Math.Max(0, asked - b)).ShouldNotContain(q => IsValidQuantity(variant, q), $"nothing valid between {b} and {asked}");
            }

            if (above is { } a)
            {
                IsValidQuantity(variant, a).ShouldBeTrue($"seed {seed}: above {a} for {asked}");
                a.ShouldBeGreaterThanOrEqualTo(asked);
                Enumerable.Range(Math.Max(asked, 0), Math.Max(0, a - Math.Max(asked, 0))).ShouldNotContain(q => IsValidQuantity(variant, q));
            }

            (below is not null || above is not null).ShouldBeTrue("some valid quantity is always offered");
            if (IsValidQuantity(variant, asked))
            {
                (below, above).ShouldBe((asked, asked));
            }
        }
    }

    private static VariantPricing RandomVariant(Random random)
    {
        var increment = new[] { 6, 10, 12, 20, 24, 25, 50 }[random.Next(7)];
        var moq = increment * random.Next(1, 11);
        var breaks = random.Next(3, 6);
        var tiers = new List<PriceBreak>();
        var quantity = moq;
        var price = (long)random.Next(400, 6000);
        for (var i = 0; i < breaks; i++)
        {
            tiers.Add(new PriceBreak(quantity, price));
            quantity += increment * random.Next(1, 20);
            price -= random.Next(1, (int)Math.Max(2, price / 10));
        }

        int? max = random.Next(3) == 0 ? quantity + (increment * random.Next(0, 40)) : null;
        return new VariantPricing("RND-SKU", moq, increment, max, tiers);
    }
}
