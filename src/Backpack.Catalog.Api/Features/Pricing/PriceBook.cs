namespace Backpack.Catalog.Api.Features.Pricing;

public sealed record PriceBreak(int MinQuantity, long UnitPriceCents);

/// <summary>The pricing rules of one SKU. Tiers ascend in quantity with unit prices that never rise.</summary>
public sealed record VariantPricing(
    string Sku,
    int Moq,
    int OrderIncrement,
    int? MaxPerOrder,
    IReadOnlyList<PriceBreak> Tiers,
    long? SamplePriceCents = null,
    int? SampleMax = null);

/// <summary>One requested line: a SKU of a product (which may carry a mixed, product-level MOQ), a quantity, bulk or sample.</summary>
public sealed record PricingLine(string ProductId, int? ProductMoq, VariantPricing Variant, int Quantity, bool Sample = false);

public sealed record Violation(string Code, string Message);

/// <summary>The nearest quantities that satisfy MOQ, increment and maximum; equal to the request when it is valid.</summary>
public sealed record ValidQuantities(int? Below, int? Above);

public sealed record NextTier(int MinQuantity, int UnitsToReach, long UnitPriceCents);

public sealed record LineEvaluation(
    PricingLine Line,
    PriceBreak? Tier,
    int? TierMaxQuantity,
    long? UnitPriceCents,
    long? LineTotalCents,
    int PricingQuantity,
    NextTier? NextTier,
    ValidQuantities? Suggested,
    IReadOnlyList<Violation> Violations);

/// <summary>
/// Wholesale pricing rules, pure and exact (integer cents). A bulk quantity is valid when it is the MOQ plus
/// whole order increments (cartons), at most the per-order maximum. The tier is the break with the highest
/// minimum at or below the pricing quantity: the line's own quantity, or, for a product with a mixed MOQ,
/// the product's total across its SKUs (price breaks per style). Every broken rule is reported, not just the first.
/// </summary>
public static class PriceBook
{
    public static class Codes
    {
        public const string QuantityNotPositive = "quantity_not_positive";
        public const string BelowMoq = "below_moq";
        public const string NotAnOrderIncrement = "not_an_order_increment";
        public const string AboveMaxPerOrder = "above_max_per_order";
        public const string BelowProductMoq = "below_product_moq";
        public const string SampleNotOffered = "sample_not_offered";
        public const string AboveSampleMax = "above_sample_max";
        public const string UnknownSku = "unknown_sku";
        public const string CustomizationUnknown = "customization_unknown";
        public const string CustomizationNotOffered = "customization_not_offered";
        public const string CustomizationOnSample = "customization_on_sample";
        public const string PlacementNotAllowed = "placement_not_allowed";
        public const string PlacementTaken = "placement_taken";
        public const string TooManyColours = "too_many_colours";
        public const string StitchCountOverBand = "stitch_count_over_band";
        public const string BelowCustomizationMoq = "below_customization_moq";

        public static readonly IReadOnlyList<string> All = typeof(Codes).GetFields()
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
    }

    /// <summary>A line breaks each quantity rule at most once, and each customisation rule at most once per customisation.</summary>
    public const int MaxViolationsPerLine = 8 + (8 * LineCustomizationRequest.MaxPerLine);

    public static IReadOnlyList<LineEvaluation> Evaluate(IReadOnlyList<PricingLine> lines)
    {
        var productTotals = lines.Where(l => !l.Sample && l.ProductMoq is not null && l.Quantity > 0)
            .GroupBy(l => l.ProductId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => (long)l.Quantity), StringComparer.Ordinal);
        return lines.Select(line => line.Sample
                ? EvaluateSample(line)
                : EvaluateBulk(line, line.ProductMoq is null ? null : productTotals.GetValueOrDefault(line.ProductId)))
            .ToList();
    }

    public static LineEvaluation EvaluateBulk(PricingLine line, long? productTotal = null)
    {
        var variant = line.Variant;
        var quantity = line.Quantity;
        var violations = new List<Violation>();
        if (quantity <= 0)
        {
            violations.Add(new(Codes.QuantityNotPositive, $"Quantity must be at least 1; {variant.Sku} starts at its MOQ of {variant.Moq}."));
            return new LineEvaluation(line, null, null, null, null, quantity, null, Nearest(variant, 0), violations);
        }

        if (quantity < variant.Moq)
        {
            violations.Add(new(Codes.BelowMoq, $"{quantity} is below the MOQ of {variant.Moq} for {variant.Sku}."));
        }

        if (quantity >= variant.Moq && (quantity - variant.Moq) % variant.OrderIncrement != 0)
        {
            violations.Add(new(Codes.NotAnOrderIncrement,
                $"{variant.Sku} is sold from its MOQ of {variant.Moq} in steps of {variant.OrderIncrement} (whole cartons); {quantity} is not one of them."));
        }

        if (variant.MaxPerOrder is { } max && quantity > max)
        {
            violations.Add(new(Codes.AboveMaxPerOrder, $"{quantity} is above the maximum of {max} per order for {variant.Sku}."));
        }

        if (line.ProductMoq is { } productMoq && productTotal is { } total && total < productMoq)
        {
            violations.Add(new(Codes.BelowProductMoq,
                $"Lines of product {line.ProductId} total {total}; its MOQ of {productMoq} may be met across its SKUs. Add {productMoq - total} more."));
        }

        var pricingQuantity = (int)Math.Min(int.MaxValue, productTotal ?? quantity);
        var tierIndex = TierIndexAt(variant.Tiers, Math.Max(pricingQuantity, variant.Moq));
        var tier = tierIndex is { } i ? variant.Tiers[i] : null;
        var tierMax = tierIndex is { } j && j + 1 < variant.Tiers.Count ? variant.Tiers[j + 1].MinQuantity - 1 : (int?)null;
        var next = tierIndex is { } k && k + 1 < variant.Tiers.Count
            ? new NextTier(variant.Tiers[k + 1].MinQuantity, variant.Tiers[k + 1].MinQuantity - pricingQuantity, variant.Tiers[k + 1].UnitPriceCents)
            : null;
        var suggested = violations.Any(v => v.Code is Codes.BelowMoq or Codes.NotAnOrderIncrement or Codes.AboveMaxPerOrder)
            ? Nearest(variant, quantity)
            : null;
        return new LineEvaluation(line, tier, tierMax, tier?.UnitPriceCents, tier is null ? null : tier.UnitPriceCents * quantity,
            pricingQuantity, next, suggested, violations);
    }

    public static LineEvaluation EvaluateSample(PricingLine line)
    {
        var variant = line.Variant;
        var violations = new List<Violation>();
        if (line.Quantity <= 0)
        {
            violations.Add(new(Codes.QuantityNotPositive, "A sample quantity must be at least 1."));
        }

        if (variant.SamplePriceCents is null || variant.SampleMax is null)
        {
            violations.Add(new(Codes.SampleNotOffered, $"{variant.Sku} is not offered as a sample."));
        }
        else if (line.Quantity > variant.SampleMax)
        {
            violations.Add(new(Codes.AboveSampleMax, $"A sample order of {variant.Sku} holds at most {variant.SampleMax} units; {line.Quantity} were asked."));
        }

        var price = variant.SamplePriceCents;
        var suggested = violations.Count > 0 && variant.SampleMax is { } most
            ? new ValidQuantities(Math.Min(Math.Max(line.Quantity, 1), most), line.Quantity < 1 ? 1 : null)
            : null;
        return new LineEvaluation(line, null, null, price, price is { } p && line.Quantity > 0 ? p * line.Quantity : null,
            line.Quantity, null, suggested, violations);
    }

    /// <summary>The tier in force at a quantity: the highest break at or below it, or null below the first break.</summary>
    public static int? TierIndexAt(IReadOnlyList<PriceBreak> tiers, int quantity)
    {
        int? found = null;
        for (var i = 0; i < tiers.Count && tiers[i].MinQuantity <= quantity; i++)
        {
            found = i;
        }

        return found;
    }

    public static bool IsValidQuantity(VariantPricing variant, int quantity) =>
        quantity >= variant.Moq && (quantity - variant.Moq) % variant.OrderIncrement == 0 &&
        (variant.MaxPerOrder is not { } max || quantity <= max);

    /// <summary>The valid quantities closest to <paramref name="quantity"/> on each side (MOQ 48, carton 24, asked 50 → 48 or 72).</summary>
    public static ValidQuantities Nearest(VariantPricing variant, int quantity)
    {
        var largest = LargestValid(variant);
        if (largest is null)
        {
            return new ValidQuantities(null, null);
        }

        if (quantity <= variant.Moq)
        {
            return new ValidQuantities(quantity == variant.Moq ? variant.Moq : null, variant.Moq);
        }

        if (quantity >= largest)
        {
            return new ValidQuantities(largest, quantity == largest ? largest : null);
        }

        var steps = (quantity - variant.Moq) / variant.OrderIncrement;
        var below = variant.Moq + (steps * variant.OrderIncrement);
        return below == quantity ? new ValidQuantities(below, below) : new ValidQuantities(below, below + variant.OrderIncrement);
    }

    /// <summary>The highest valid quantity, or null when the maximum per order is below the MOQ (nothing is valid).</summary>
    private static int? LargestValid(VariantPricing variant)
    {
        if (variant.MaxPerOrder is not { } max)
        {
            return int.MaxValue - ((int.MaxValue - variant.Moq) % variant.OrderIncrement);
        }

        return max < variant.Moq ? null : variant.Moq + ((max - variant.Moq) / variant.OrderIncrement * variant.OrderIncrement);
    }
}
