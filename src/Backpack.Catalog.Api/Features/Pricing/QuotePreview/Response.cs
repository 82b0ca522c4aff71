using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Integrations.Fx;
namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

/// <param name="QuoteId">Set when the quote is valid: name it in POST /v1/orders (with exactly these lines) to order at these prices and this rate.</param>
/// <param name="ValidUntil">Until when the quoteId holds its prices (UTC); null when the quote is not valid.</param>
/// <param name="Valid">True when every line could be ordered as it stands (no violations).</param>
/// <param name="ExchangeRate">The USD rate used; null when quoting in USD.</param>
/// <param name="Totals">Totals over every priced line, valid or not.</param>
/// <param name="QuotedAt">UTC time of the quote.</param>
public sealed record QuoteResponse(
    [property: Identifier(Ids.Quote)] string? QuoteId,
    DateTime? ValidUntil,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency,
    ExchangeRateResponse? ExchangeRate,
    [property: OneOf(typeof(Incoterms), nameof(Incoterms.All))] string? Incoterm,
    [property: RegularExpression(Countries.Pattern), MaxLength(Countries.CodeLength)] string? DestinationCountry,
    bool Valid,
    [property: MaxLength(LineItemRules.MaxLines)] IReadOnlyList<QuoteLineResponse> Lines,
    QuoteTotalsResponse Totals,
    DateTime QuotedAt)
{
    public static QuoteResponse Example => new(
        "qt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", new DateTime(2026, 11, 28, 6, 0, 0, DateTimeKind.Utc), "EUR",
        new ExchangeRateResponse(Money.BaseCurrency, "EUR", 0.9215m, DocumentExamples.PlacedAt, 120, "fresh"), "FOB", "KE", true,
        [
            new QuoteLineResponse(1, "CL-METRO9-BLK", "classic-metro-9", 264, false, new QuoteTierResponse(240, null, new Money(8.20m, "EUR")),
                new Money(8.20m, "EUR"), new Money(2164.80m, "EUR"), null, null, new AvailabilityResponse(264, 0, 30, new DateOnly(2026, 11, 24)), []),
        ],
        new QuoteTotalsResponse(264, new Money(2164.80m, "EUR"), new Money(2349.60m, Money.BaseCurrency)),
        DocumentExamples.PlacedAt);
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
    [property: OneOf(typeof(FxRateProvider), nameof(FxRateProvider.StateNames))] string State);

/// <param name="Line">1-based position of the line in the request.</param>
/// <param name="Tier">The price break applied: for a product with a mixed MOQ, the one its total quantity reaches.</param>
/// <param name="NextTier">The next price break up, and how many more units reach it.</param>
/// <param name="ValidQuantities">When the quantity breaks MOQ, increment or maximum: the nearest valid quantities below and above.</param>
/// <param name="Availability">How the quantity would ship: from stock now, the rest made to order.</param>
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
    [property: MaxItemsOf(typeof(PriceBook.Codes), nameof(PriceBook.Codes.All))] IReadOnlyList<ViolationResponse> Violations);

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

/// <param name="EstimatedShipDate">From stock: a few days; anything made to order: after the lead time (UTC date).</param>
public sealed record AvailabilityResponse(
    [property: Range(0, LineItemRules.MaxQuantity)] int FromStock,
    [property: Range(0, LineItemRules.MaxQuantity)] int MadeToOrder,
    [property: Range(0, CatalogueRules.MaxLeadTimeDays)] int LeadTimeDays,
    DateOnly EstimatedShipDate);

/// <param name="Code">below_moq, not_an_order_increment, above_max_per_order, below_product_moq, quantity_not_positive, sample_not_offered, above_sample_max or unknown_sku.</param>
public sealed record ViolationResponse(
    [property: OneOf(typeof(PriceBook.Codes), nameof(PriceBook.Codes.All))] string Code,
    [property: MaxLength(ViolationResponse.MaxMessageLength)] string Message)
{
    /// <summary>The longest message template holds a 64-character product id and a few numbers: well under this.</summary>
    public const int MaxMessageLength = 300;
}

/// <param name="Units">Units over the priced lines.</param>
/// <param name="SubtotalUsd">The same total in USD, before conversion.</param>
public sealed record QuoteTotalsResponse(
    [property: Range(-QuoteTotalsResponse.MaxUnits, QuoteTotalsResponse.MaxUnits)] int Units,
    Money Subtotal,
    Money SubtotalUsd)
{
    /// <summary>Every line at the largest quantity, either way (a negative quantity is a violation, still counted).</summary>
    public const int MaxUnits = LineItemRules.MaxLines * LineItemRules.MaxQuantity;
}
