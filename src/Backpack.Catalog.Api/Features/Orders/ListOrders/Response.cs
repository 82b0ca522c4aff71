using Backpack.Catalog.Api.Infrastructure.Http;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Orders.ListOrders;

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListOrdersResponse([property: MaxLength(ListOrdersRequest.MaxLimit)] IReadOnlyList<OrderSummaryResponse> Items, [property: MaxLength(ListOrdersRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor, [property: Range(1, ListOrdersRequest.MaxLimit)] int Limit);

/// <summary>An order as lists show it; GET /v1/orders/{orderId} has its lines and history.</summary>
public sealed record OrderSummaryResponse(
    [property: Identifier(Ids.Order)] string Id,
    [property: OneOf(typeof(OrderStatus), nameof(OrderStatus.All))] string Status,
    [property: Identifier(Ids.Distributor)] string DistributorId,
    [property: MaxLength(PlaceOrder.PlaceOrderRequest.MaxBuyerReferenceLength)] string BuyerReference,
    [property: Range(1, int.MaxValue)] int Units,
    Money Subtotal,
    Money SubtotalUsd,
    DateOnly PromisedShipDate,
    DateTime CreatedAt,
    DateTime UpdatedAt);
