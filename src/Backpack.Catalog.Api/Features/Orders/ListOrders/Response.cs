using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Orders.ListOrders;

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListOrdersResponse(IReadOnlyList<OrderSummaryResponse> Items, string? NextCursor, int Limit);

/// <summary>An order as lists show it; GET /v1/orders/{orderId} has its lines and history.</summary>
public sealed record OrderSummaryResponse(
    string Id,
    string Status,
    string DistributorId,
    string BuyerReference,
    int Units,
    Money Subtotal,
    Money SubtotalUsd,
    DateOnly PromisedShipDate,
    DateTime CreatedAt,
    DateTime UpdatedAt);
