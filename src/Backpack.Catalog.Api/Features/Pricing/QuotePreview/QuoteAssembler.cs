using Backpack.Catalog.Api.Integrations.Fx;

namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

/// <summary>Turns the PriceBook's evaluation into the quote the buyer reads, in the quote currency.</summary>
internal sealed class QuoteAssembler(ConversionRate rate, DateOnly today)
{
    /// <summary>In-stock units leave the warehouse within this many days of confirmation.</summary>
    public const int InStockDispatchDays = 3;

    private long _units;
    private decimal _subtotal;
    private long _subtotalUsdCents;

    public QuoteLineResponse Line(int number, LineItemRequest request, PricingData.PricedVariant? variant, LineEvaluation? evaluation)
    {
        if (variant is null || evaluation is null)
        {
            return new QuoteLineResponse(number, request.Sku!, null, request.Quantity!.Value, request.Sample, null, null, null, null, null, null,
                [new ViolationResponse(PriceBook.Codes.UnknownSku, $"No published product has the SKU {request.Sku}.")]);
        }

        var tierMoney = evaluation.Tier is { } tier ? Convert(tier.UnitPriceCents) : null;
        var unitPrice = evaluation.UnitPriceCents is { } unit ? Convert(unit) : null;
        var lineTotal = unitPrice is null || request.Quantity <= 0 ? null : unitPrice with { Amount = unitPrice.Amount * request.Quantity!.Value };
        if (lineTotal is not null)
        {
            _units += request.Quantity!.Value;
            _subtotal += lineTotal.Amount;
            _subtotalUsdCents += evaluation.LineTotalCents ?? 0;
        }

        return new QuoteLineResponse(
            number, variant.Row.Sku, variant.Row.ProductId, request.Quantity!.Value, request.Sample,
            tierMoney is null ? null : new QuoteTierResponse(evaluation.Tier!.MinQuantity, evaluation.TierMaxQuantity, tierMoney),
            unitPrice,
            lineTotal,
            evaluation.NextTier is { } next ? new NextTierResponse(next.MinQuantity, next.UnitsToReach, Convert(next.UnitPriceCents)) : null,
            evaluation.Suggested is { } s ? new ValidQuantitiesResponse(s.Below, s.Above) : null,
            request.Quantity > 0 ? Availability(request.Quantity.Value, variant.Row) : null,
            evaluation.Violations.Select(v => new ViolationResponse(v.Code, v.Message)).ToList());
    }

    public QuoteTotalsResponse Totals() => new(
        (int)Math.Min(int.MaxValue, _units), new Money(_subtotal, rate.Currency.Code), Money.FromUsdCents(_subtotalUsdCents));

    private Money Convert(long usdCents) => new(Currencies.Convert(usdCents * 0.01m, rate.Rate, rate.Currency), rate.Currency.Code);

    private AvailabilityResponse Availability(int quantity, PricingData.PricingRow variant)
    {
        var fromStock = Math.Min(quantity, variant.StockAvailable);
        var madeToOrder = quantity - fromStock;
        return new AvailabilityResponse(fromStock, madeToOrder, variant.LeadTimeDays,
            today.AddDays(madeToOrder > 0 ? variant.LeadTimeDays : InStockDispatchDays));
    }
}
