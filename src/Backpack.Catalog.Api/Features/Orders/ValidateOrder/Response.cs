using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.Orders.PlaceOrder;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Orders.ValidateOrder;

/// <summary>The order a POST /v1/orders with this body would create now. Nothing is stored or reserved.</summary>
/// <param name="Shipment">Cartons, volume and weights.</param>
/// <param name="LandedCost">The landed-cost breakdown the order would be placed with.</param>
/// <param name="Lines">Stock is shown as it stands now; placing the order reserves it, and others may order first.</param>
/// <param name="Warnings">What placing this order now would refuse although its lines are valid: a buyerReference already on an open
/// order of yours (409 duplicate-buyer-reference), or a quoteId already ordered (409 quote-already-ordered). Empty when none.</param>
/// <param name="Type">bulk or sample, as the order would be placed.</param>
/// <param name="Inspection">The final inspection as it would be ordered, with its fee; null when none.</param>
/// <param name="PreProductionSample">The pre-production sample asked for, as it would start (awaiting_artwork, no rounds); null when none.</param>
/// <param name="Compliance">What shipTo's country requires of the lines: the certificates that cover them, and the certificates each shipment
/// must get. A missing or expired product certificate would be a 422 order-rules violation instead.</param>
public sealed record OrderPreviewResponse(
    [property: OneOf(typeof(OrderTypes), nameof(OrderTypes.All))] string Type,
    [property: MaxLength(PlaceOrderRequest.MaxBuyerReferenceLength)] string BuyerReference,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency,
    LockedRateResponse? ExchangeRate,
    IncotermResponse Incoterm,
    ShipTo ShipTo,
    DateOnly? RequestedDeliveryDate,
    DateOnly PromisedShipDate,
    [property: Identifier(Ids.Quote)] string? QuoteId,
    [property: MaxLength(LineItemRules.MaxLines)] IReadOnlyList<OrderLineResponse> Lines,
    [property: MaxLength(SetupFeeResponse.MaxPerQuote)] IReadOnlyList<SetupFeeResponse> SetupFees,
    PreProductionSamples.PreProductionSampleResponse? PreProductionSample,
    Inspections.InspectionResponse? Inspection,
    OrderTotalsResponse Totals,
    PaymentResponse Payment,
    ShipmentResponse Shipment,
    LandedCostResponse LandedCost,
    PriceLists.PriceListResponse? PriceList,
    Compliance.ComplianceResponse Compliance,
    [property: MaxLength(2), MaxItemLength(500)] IReadOnlyList<string> Warnings)
{
    public static OrderPreviewResponse Example => new(
        OrderTypes.Bulk, OrderResponse.Example.BuyerReference, OrderResponse.Example.Currency, OrderResponse.Example.ExchangeRate, OrderResponse.Example.Incoterm,
        OrderResponse.Example.ShipTo, null, OrderResponse.Example.PromisedShipDate, null, OrderResponse.Example.Lines, [], null, null, OrderResponse.Example.Totals,
        OrderResponse.Example.Payment, Pricing.QuotePreview.QuoteResponse.Example.Shipment, Trade.LandedCostExample.Value, null,
        Features.Compliance.ComplianceResponse.Example, []);
}
