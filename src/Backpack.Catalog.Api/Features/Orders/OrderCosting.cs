using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.Api.Features.Trade;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>
/// An order's landed cost, computed from the stock each line is covered by: the dry run uses stock as it stands, placement the
/// stock it actually reserved, so ship dates (and with them lane validity and arrival) are the order's own.
/// </summary>
public sealed class OrderCosting(LandedCostCalculation calculation, LandedCostInput template, IReadOnlyList<PricedOrderLine> lines, DateOnly today)
{
    public Incoterm Rule => template.Rule;

    public Place Place => template.Place;

    // A dry run costs the order on current stock, then builds its preview on the same cover: the second call reuses the first.
    private (IReadOnlyList<int> FromStock, LandedCost Landed, ShipmentResponse Shipment)? _last;

    public (LandedCost Landed, ShipmentResponse Shipment) Evaluate(IReadOnlyList<int> fromStock)
    {
        if (_last is { } last && last.FromStock.SequenceEqual(fromStock))
        {
            return (last.Landed, last.Shipment);
        }

        var input = template with { Lines = Costed(lines, template.Currency, fromStock, today) };
        var landed = calculation.Calculate(input);
        var shipment = calculation.Shipment(input.Lines, landed);
        _last = ([.. fromStock], landed, shipment);
        return (landed, shipment);
    }

    /// <summary>Why an order cannot be placed on this landed cost: a charge the supplier would invoice has no figure, or no mode
    /// delivers by the requested date. Null when it can.</summary>
    public static OrderPricing? Refusal(LandedCost landed, PlaceOrder.PlaceOrderRequest request)
    {
        var unknown = Violations(landed, request.ShippingMode);
        if (unknown.Count > 0)
        {
            return new(null, unknown, null, null);
        }

        return landed.MeetsRequestedDate(request.RequestedDeliveryDate) ? null : new(null, [], null, landed);
    }

    /// <summary>As a quote dates it: after the lead time when anything is made to order, else the stock dispatch days; then the customisation days.</summary>
    public static DateOnly ShipDate(PricedOrderLine line, int fromStock, DateOnly today) =>
        today.AddDays((line.Quantity - fromStock > 0 ? line.LeadTimeDays : QuoteAssembler.InStockDispatchDays) + line.CustomizationDays);

    public static IReadOnlyList<CostedLine> Costed(IReadOnlyList<PricedOrderLine> lines, Currency currency, IReadOnlyList<int> fromStock, DateOnly today) =>
        lines.Select((l, i) => new CostedLine(
            l.Number, l.Sku, l.Quantity, l.OriginCountry, l.HsCode, (l.UnitPriceUsdCents * l.Quantity) + l.CustomizationUsdCents,
            Money.FromMinor(l.LineTotalMinor + l.CustomizationMinor, currency).Amount,
            l.CartonSize, l.UnitWeightGrams, l.Packing, ShipDate(l, fromStock[i], today), l.Sample)).ToList();

    /// <summary>
    /// What the supplier would have to invoice but has no figure for: the order cannot be placed so. Without a freight rate,
    /// insurance and duty (shares of the CIF value) have none either; only the freight is reported then, as it is the cause.
    /// </summary>
    public static IReadOnlyList<OrderViolation> Violations(LandedCost landed, string? requestedMode)
    {
        var unknown = landed.UnknownInvoiced;
        var causes = unknown.Any(c => CodeFor(c.Component) == Codes.FreightRateUnknown)
            ? unknown.Where(c => CodeFor(c.Component) == Codes.FreightRateUnknown)
            : unknown;
        return causes
            .GroupBy(c => CodeFor(c.Component))
            .Select(g => g.First())
            .Select(c => new OrderViolation(null, CodeFor(c.Component) == Codes.FreightRateUnknown && requestedMode is not null
                    ? "shippingMode" : "incoterm.place", null, CodeFor(c.Component),
                $"Under {landed.Response.Incoterm.Rule} the supplier invoices {c.Component}, and it has no figure: {c.UnknownReason} " +
                "Choose another named place, shipping mode or rule, or ask the supplier for a rate.", null))
            .ToList();
    }

    public static class Codes
    {
        public const string FreightRateUnknown = "freight_rate_unknown";
        public const string InsuranceTermsUnknown = "insurance_terms_unknown";
        public const string DutyRateUnknown = "duty_rate_unknown";
        public const string PlaceRequired = "incoterm_place_required";
        public const string ModeNotAllowed = "shipping_mode_not_allowed";

        public static readonly IReadOnlyList<string> All = [FreightRateUnknown, InsuranceTermsUnknown, DutyRateUnknown, PlaceRequired, ModeNotAllowed];
    }

    private static string CodeFor(string component) => component switch
    {
        CostComponents.Insurance => Codes.InsuranceTermsUnknown,
        CostComponents.ImportDuty or CostComponents.ImportVat or CostComponents.OtherLevies => Codes.DutyRateUnknown,
        _ => Codes.FreightRateUnknown,
    };
}
