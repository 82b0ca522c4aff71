namespace Backpack.Catalog.Api.Features.Orders.ValidateOrder;

/// <summary>The order a POST /v1/orders with this body would create now. Nothing is stored or reserved.</summary>
/// <param name="Lines">Stock is shown as it stands now; placing the order reserves it, and others may order first.</param>
public sealed record OrderPreviewResponse(
    string BuyerReference,
    string Currency,
    LockedRateResponse? ExchangeRate,
    string Incoterm,
    ShipTo ShipTo,
    DateOnly? RequestedDeliveryDate,
    DateOnly PromisedShipDate,
    string? QuoteId,
    IReadOnlyList<OrderLineResponse> Lines,
    OrderTotalsResponse Totals,
    PaymentResponse Payment);
