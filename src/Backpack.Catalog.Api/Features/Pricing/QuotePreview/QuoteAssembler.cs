using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Integrations.Fx;

namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

/// <summary>Turns the PriceBook's and the CustomizationBook's evaluations into the quote the buyer reads, in the quote currency.</summary>
internal sealed class QuoteAssembler(ConversionRate rate, DateOnly today)
{
    /// <summary>In-stock units leave the warehouse within this many days of confirmation.</summary>
    public const int InStockDispatchDays = 3;

    private long _units;
    private decimal _subtotal;
    private long _subtotalUsdCents;
    private decimal _customization;
    private long _customizationUsdCents;

    public QuoteLineResponse Line(
        int number, LineItemRequest request, PricingData.PricedVariant? variant, LineEvaluation? evaluation, LineCustomizations customizations)
    {
        if (variant is null || evaluation is null)
        {
            return new QuoteLineResponse(number, request.Sku!, null, request.Quantity!.Value, request.Sample == true, null, null, null, null, null, null,
                Customizations(request.Customizations?.Select(c => new PricedCustomization(c, null, null, null)) ?? [], 0),
                [new ViolationResponse(PriceBook.Codes.UnknownSku, $"No published product has the SKU {request.Sku}.")]);
        }

        var tierMoney = evaluation.Tier is { } tier ? Convert(tier.UnitPriceCents) : null;
        var unitPrice = evaluation.UnitPriceCents is { } unit ? Convert(unit) : null;
        var lineTotal = unitPrice is null || request.Quantity <= 0 ? null : unitPrice with { Amount = unitPrice.Amount * request.Quantity!.Value };
        var customized = Customizations(customizations.Items, request.Quantity!.Value);
        if (lineTotal is not null)
        {
            _units += request.Quantity!.Value;
            _subtotal += lineTotal.Amount;
            _subtotalUsdCents += evaluation.LineTotalCents ?? 0;
            _customization += customized.Sum(c => c.Surcharge?.Amount ?? 0);
            _customizationUsdCents += customizations.SurchargeCents;
        }

        return new QuoteLineResponse(
            number, variant.Row.Sku, variant.Row.ProductId, request.Quantity!.Value, request.Sample == true,
            tierMoney is null ? null : new QuoteTierResponse(evaluation.Tier!.MinQuantity, evaluation.TierMaxQuantity, tierMoney),
            unitPrice,
            lineTotal,
            evaluation.NextTier is { } next ? new NextTierResponse(next.MinQuantity, next.UnitsToReach, Convert(next.UnitPriceCents)) : null,
            evaluation.Suggested is { } s ? new ValidQuantitiesResponse(s.Below, s.Above) : null,
            request.Quantity > 0 ? Availability(request.Quantity.Value, request.Sample == true, variant.Row, customizations.ExtraLeadDays) : null,
            customized,
            evaluation.Violations.Concat(customizations.Violations).Select(v => new ViolationResponse(v.Code, v.Message)).ToList());
    }

    public IReadOnlyList<SetupFeeResponse> SetupFees(IReadOnlyList<SetupFee> fees) => fees.Select(f =>
    {
        var fee = Convert(f.FeeCents);
        _customization += fee.Amount;
        _customizationUsdCents += f.FeeCents;
        return new SetupFeeResponse(f.Option, f.Method, f.Design, f.Colours, fee, f.Lines);
    }).ToList();

    public QuoteTotalsResponse Totals() => new(
        (int)Math.Min(int.MaxValue, _units), new Money(_subtotal + _customization, rate.Currency.Code),
        Money.FromUsdCents(_subtotalUsdCents + _customizationUsdCents), new Money(_customization, rate.Currency.Code));

    /// <summary>Each surcharge converted per unit, then times the quantity, as the goods are: the line adds up in the quote currency.</summary>
    private List<LineCustomizationResponse> Customizations(IEnumerable<PricedCustomization> items, int quantity) => items.Select(c =>
    {
        var unit = c.UnitSurchargeCents is { } cents ? Convert(cents) : null;
        return new LineCustomizationResponse(c.Asked.Option!, c.Option?.Method, c.Asked.Placement!, c.Asked.Design!, c.Colours, c.Asked.StitchCount,
            unit, unit is null || quantity <= 0 ? null : unit with { Amount = unit.Amount * quantity });
    }).ToList();

    private Money Convert(long usdCents) => new(Currencies.Convert(usdCents * 0.01m, rate.Rate, rate.Currency), rate.Currency.Code);

    /// <summary>A sample not in stock is sewn from stock colours in its own sample lead time, never the bulk production lead time.</summary>
    private AvailabilityResponse Availability(int quantity, bool sample, PricingData.PricingRow variant, int customizationDays)
    {
        var fromStock = Math.Min(quantity, variant.StockAvailable);
        var madeToOrder = quantity - fromStock;
        var leadDays = sample ? variant.SampleDays : variant.LeadTimeDays;
        return new AvailabilityResponse(fromStock, madeToOrder, leadDays, customizationDays,
            today.AddDays((madeToOrder > 0 ? leadDays : InStockDispatchDays) + customizationDays));
    }
}
