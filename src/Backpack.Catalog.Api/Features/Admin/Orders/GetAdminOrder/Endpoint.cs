using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Erp;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Integrations.Erp;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Orders.GetAdminOrder;

/// <summary>Where the order stands with the supplier's ERP.</summary>
/// <param name="State">delivered (the ERP has every event), pending (something is queued or being retried) or dead (an event gave up; see the admin dead letters).</param>
/// <param name="ErpReference">The ERP's reference for the order, from its answer to the new order.</param>
/// <param name="DeliveredAt">When the ERP accepted the new order.</param>
/// <param name="Messages">Every event of the order, in the order the ERP receives them.</param>
public sealed record ErpDeliveryResponse(
    [property: OneOf(typeof(OrderOutbox), nameof(OrderOutbox.States))] string State,
    [property: MaxLength(ErpClient.MaxReferenceLength)] string? ErpReference,
    DateTime? DeliveredAt,
    [property: MaxLength(StatusChangeResponse.MaxEntries)] IReadOnlyList<OutboxMessageResponse> Messages);

public sealed record AdminOrderResponse(OrderResponse Order, ErpDeliveryResponse Erp)
{
    public static AdminOrderResponse Example => new(
        // Another order than OrderResponse's example: Redocly reads an "id" in nested examples as a schema id, which must be unique.
        OrderResponse.Example with { Id = "ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3d" },
        new ErpDeliveryResponse("delivered", "ERP-SO-88213", DocumentExamples.DeliveredAt, [OutboxMessageResponse.Example]));
}

public sealed class GetAdminOrderEndpoint(IDbConnectionFactory connections) : Endpoint<OrderRoute>
{
    private const string SelectMessages = OutboxMessageRow.Select + "\nWHERE m.order_id = @OrderId\nORDER BY m.sequence;";

    public override void Configure()
    {
        Get("/orders/{orderId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetAdminOrder")
            .WithSummary("Read an order with its delivery to the ERP")
            .WithDescription("The order as its distributor sees it, plus the ERP's reference and the delivery state of each of the " +
                "order's events (placed, then every status change).")
            .Produces<AdminOrderResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderRoute req, CancellationToken ct) =>
        await Send.ResultAsync(await GetAsync(req.OrderId, ct));

    private async Task<Results<ETaggedJson<AdminOrderResponse>, ProblemHttpResult>> GetAsync(string orderId, CancellationToken cancellationToken)
    {
        if (!OrderIds.IsWellFormed(orderId))
        {
            return OrderProblems.NotFound(orderId);
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var order = await OrderQueries.FindWholeAsync(connection, connections.Dialect, orderId, distributorScope: null);
        if (order is null)
        {
            return OrderProblems.NotFound(orderId);
        }

        var messages = (await connection.QueryAsync<OutboxMessageRow>(new CommandDefinition(connections.Dialect.Render(SelectMessages),
            new { OrderId = orderId }, cancellationToken: cancellationToken))).AsList();
        // Not the order's version as ETag: delivery progresses without changing the order, so the tag comes from the body.
        return ETaggedJson.Of(new AdminOrderResponse(order.ToResponse(), DeliveryOf(messages)));
    }

    private static ErpDeliveryResponse DeliveryOf(List<OutboxMessageRow> messages)
    {
        var state = messages.Any(m => m.State == "dead") ? "dead" : messages.Any(m => m.State == "pending") ? "pending" : "delivered";
        var placed = messages.FirstOrDefault(m => m.EventType == OrderOutbox.Placed);
        return new ErpDeliveryResponse(state, placed?.ErpReference,
            placed?.DeliveredAtMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime : null,
            messages.Select(m => m.ToResponse()).ToList());
    }
}
