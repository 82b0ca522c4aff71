using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Integrations.Fx;
namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

/// <param name="QuoteId">Set when the quote is valid: name it in POST /v1/orders (with exactly these lines) to order at these prices and this rate.</param>
/// <param name="ValidUntil">Until when the quoteId holds its prices (UTC); null when the quote is not valid.</param>
/// <param name="Valid">True when every line could be ordered as it stands (no violations).</param>
/// <param name="ExchangeRate">The USD rate used; null when quoting in USD.</param>
/// <param name="SetupFees">One-time setup fees, one per design of each option (screen print: per colour of the design), whichever lines carry it.</param>
/// <param name="Totals">Totals over every priced line, valid or not, and the setup fees.</param>
/// <param name="Incoterm">The rule and named place asked for; null when none was.</param>
/// <param name="DestinationCountry">As asked, or for C and D rules the named place's country.</param>
/// <param name="Shipment">Cartons, volume and weights of the priced lines, and how full each container size would be.</param>
/// <param name="PriceList">Your price list, when your key has one: applied (the prices are its), expired or scheduled (list prices).</param>
/// <param name="LandedCost">With an Incoterm: freight, insurance, duty and taxes, who pays and who invoices each, and when the goods arrive.
/// Null without one, or when no line could be priced.</param>
/// <param name="Compliance">What the destination requires of the lines: covered, missing (each also a line violation) and per-shipment
/// certificates; null without a destination.</param>
/// <param name="QuotedAt">UTC time of the quote.</param>
public sealed record QuoteResponse(
    [property: Identifier(Ids.Quote)] string? QuoteId,
    DateTime? ValidUntil,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency,
    ExchangeRateResponse? ExchangeRate,
    IncotermResponse? Incoterm,
    [property: RegularExpression(Countries.Pattern), MaxLength(Countries.CodeLength)] string? DestinationCountry,
    DateOnly? RequestedDeliveryDate,
    bool Valid,
    [property: MaxLength(LineItemRules.MaxLines)] IReadOnlyList<QuoteLineResponse> Lines,
    [property: MaxLength(SetupFeeResponse.MaxPerQuote)] IReadOnlyList<SetupFeeResponse> SetupFees,
    QuoteTotalsResponse Totals,
    ShipmentResponse Shipment,
    LandedCostResponse? LandedCost,
    PriceListResponse? PriceList,
    Compliance.ComplianceResponse? Compliance,
    DateTime QuotedAt)
{
    public static QuoteResponse Example => new(
        "qt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", new DateTime(2026, 12, 10, 6, 0, 0, DateTimeKind.Utc), Money.BaseCurrency, null,
        IncotermResponse.Of("CIF", "KEMBA"), "KE", null, true,
        [
            new QuoteLineResponse(1, "CL-METRO9-BLK", "classic-metro-9", 300, false, new QuoteTierResponse(300, 499, Usd(9.21m)),
                Usd(9.21m), Usd(2763.00m), new NextTierResponse(500, 200, Usd(8.72m)), null,
                new AvailabilityResponse(80, 220, 45, 0, new DateOnly(2027, 1, 17)), [], []),
        ],
        [],
        new QuoteTotalsResponse(300, Usd(2763.00m), Usd(2763.00m), Usd(0m)),
        new ShipmentResponse(15, 1.503m, 114.00m, 136.35m, 250.43m, 300.51m, 6000, 5000, new ContainerFillResponse(5.4m, 2.6m, 2.2m),
            ShippingModes.SeaLcl, ShipmentResponse.LaneRates, []),
        LandedCostExample.Value,
        null,
        Features.Compliance.ComplianceResponse.Example,
        new DateTime(2026, 12, 3, 6, 0, 0, DateTimeKind.Utc));

    private static Money Usd(decimal amount) => new(amount, Money.BaseCurrency);
}

/// <param name="Rate">Units of the quote currency per US dollar.</param>
/// <param name="AsOf">When the rate was published (UTC).</param>
/// <param name="AgeSeconds">Seconds since the rate was published (asOf).</param>
/// <param name="State">fresh, or stale while the rates service fails and the last rates are still within their maximum age.</param>
public sealed record ExchangeRateResponse(
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string From,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string To,
    decimal Rate,
    DateTime? AsOf,
    [property: Range(typeof(long), "0", "9223372036854775807")] long AgeSeconds,
    [property: OneOf(typeof(FxRateProvider), nameof(FxRateProvider.StateNames))] string State)
{
    /// <summary>The rate a conversion into a currency used, as answers show it; null for USD, which needs none.</summary>
    public static ExchangeRateResponse? Of(ConversionRate rate) => rate.Currency.Code == Money.BaseCurrency ? null
        : new(Money.BaseCurrency, rate.Currency.Code, rate.Rate, rate.AsOf?.UtcDateTime, (long)rate.Age.TotalSeconds, rate.State.ToString().ToLowerInvariant());
}

/// <param name="Line">1-based position of the line in the request.</param>
/// <param name="Tier">The price break applied: for a product with a mixed MOQ, the one its total quantity reaches.</param>
/// <param name="NextTier">The next price break up, and how many more units reach it.</param>
/// <param name="ValidQuantities">When the quantity breaks MOQ, increment or maximum: the nearest valid quantities below and above.</param>
/// <param name="Availability">How the quantity would ship: from stock now, the rest made to order.</param>
/// <param name="Customizations">What the line asked to have added, each priced per unit at the line's quantity.</param>
/// <param name="Violations">Every rule the line breaks, each with a stable machine-readable code.</param>
public sealed record QuoteLineResponse(
    [property: Range(1, LineItemRules.MaxLines)] int Line,
    [property: Identifier(Ids.Sku)] string Sku,
    [property: Identifier(Ids.Product)] string? ProductId,
    [property: Range(-LineItemRules.MaxQuantity, LineItemRules.MaxQuantity)] int Quantity,
    bool Sample,
    QuoteTierResponse? Tier,
    Money? UnitPrice,
    Money? LineTotal,
    NextTierResponse? NextTier,
    ValidQuantitiesResponse? ValidQuantities,
    AvailabilityResponse? Availability,
    [property: MaxLength(LineCustomizationRequest.MaxPerLine)] IReadOnlyList<LineCustomizationResponse> Customizations,
    [property: MaxLength(ViolationResponse.MaxPerLine)] IReadOnlyList<ViolationResponse> Violations);

public sealed record QuoteTierResponse(
    [property: Range(1, CatalogueRules.MaxQuantity)] int MinQuantity,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? MaxQuantity,
    Money UnitPrice);

/// <param name="UnitsToReach">Units to add (to the line, or to the product's lines for a mixed MOQ) to reach it.</param>
public sealed record NextTierResponse(
    [property: Range(1, CatalogueRules.MaxQuantity)] int MinQuantity,
    [property: Range(1, int.MaxValue)] int UnitsToReach,
    Money UnitPrice);

/// <param name="Below">The nearest valid quantity at or below the request; null when there is none.</param>
/// <param name="Above">The nearest valid quantity at or above the request; null when there is none.</param>
public sealed record ValidQuantitiesResponse([property: Range(0, int.MaxValue)] int? Below, [property: Range(0, int.MaxValue)] int? Above);

/// <param name="LeadTimeDays">Days to make what is not in stock: the product's lead time, or for a sample line the SKU's sample lead time
/// (sample.leadTimeDays, a week by default), never the bulk lead time.</param>
/// <param name="CustomizationDays">Days the line's customisations add (the slowest of them): proofing and the work itself.</param>
/// <param name="EstimatedShipDate">From stock: a few days; anything made to order: after the lead time; plus customizationDays (UTC date).</param>
public sealed record AvailabilityResponse(
    [property: Range(0, LineItemRules.MaxQuantity)] int FromStock,
    [property: Range(0, LineItemRules.MaxQuantity)] int MadeToOrder,
    [property: Range(0, CatalogueRules.MaxLeadTimeDays)] int LeadTimeDays,
    [property: Range(0, CustomizationOptionRules.MaxExtraLeadDays)] int CustomizationDays,
    DateOnly EstimatedShipDate);

/// <param name="Code">Quantity rules: below_moq, not_an_order_increment, above_max_per_order, below_product_moq, quantity_not_positive,
/// sample_not_offered, above_sample_max, unknown_sku. Customisation rules: customization_unknown, customization_not_offered,
/// customization_on_sample, placement_not_allowed, placement_taken, too_many_colours, stitch_count_over_band, below_customization_moq.
/// Destination rules: certificate_missing, certificate_expired.</param>
public sealed record ViolationResponse(
    [property: OneOf(typeof(ViolationResponse), nameof(ViolationResponse.Codes))] string Code,
    [property: MaxLength(ViolationResponse.MaxMessageLength)] string Message)
{
    /// <summary>The longest message template holds a 64-character product id and a few numbers, or a requirement's name: well under this.</summary>
    public const int MaxMessageLength = 300;

    public const int MaxPerLine = PriceBook.MaxViolationsPerLine + Compliance.ComplianceLimits.MaxRequirementsPerDestination;

    public static readonly IReadOnlyList<string> Codes = [.. PriceBook.Codes.All, .. Compliance.ComplianceCodes.All];
}

/// <param name="Units">Units over the priced lines.</param>
/// <param name="Subtotal">The goods (the line totals) plus customization.</param>
/// <param name="SubtotalUsd">The same total in USD, before conversion.</param>
/// <param name="Customization">Every customisation surcharge plus the setup fees; 0 when nothing is customised.</param>
public sealed record QuoteTotalsResponse(
    [property: Range(-QuoteTotalsResponse.MaxUnits, QuoteTotalsResponse.MaxUnits)] int Units,
    Money Subtotal,
    Money SubtotalUsd,
    Money Customization)
{
    /// <summary>Every line at the largest quantity, either way (a negative quantity is a violation, still counted).</summary>
    public const int MaxUnits = LineItemRules.MaxLines * LineItemRules.MaxQuantity;
}
