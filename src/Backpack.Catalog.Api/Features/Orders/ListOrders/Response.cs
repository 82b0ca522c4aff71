using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Orders.ListOrders;

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListOrdersResponse(
    [property: MaxLength(ListOrdersRequest.MaxLimit)] IReadOnlyList<OrderSummaryResponse> Items,
    [property: MaxLength(ListOrdersRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, ListOrdersRequest.MaxLimit)] int Limit)
{
    public static ListOrdersResponse Example => new(
        [new OrderSummaryResponse(DocumentExamples.OrderId, OrderStatus.Submitted, DocumentExamples.DistributorId, "PO-2026-0117", 264, new Money(303916.80m, "KES"),
            new Money(2349.60m, Money.BaseCurrency), new DateOnly(2026, 11, 24), DocumentExamples.PlacedAt, DocumentExamples.PlacedAt)],
        null, ListOrdersRequest.DefaultLimit);
}

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
