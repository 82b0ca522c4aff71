using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Shipments.ListShipments;

public sealed class ListShipmentsEndpoint(IDbConnectionFactory connections) : Endpoint<OrderRoute>
{
    public override void Configure()
    {
        Get("/orders/{orderId}/shipments");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("ListShipments")
            .WithTags("Orders")
            .WithSummary("List an order's shipments")
            .WithDescription("Every shipment booked for the order (at most 10), cancelled bookings too, by number: the lines and units each carries, " +
                "its cartons, weights and volume, the bill of lading or air waybill, containers, vessel and voyage, ports, ETD and ETA, and status. " +
                "Another distributor's order is 404. The ETag is the order's version: send it as If-None-Match to get 304 while nothing has changed.")
            .Produces<ShipmentListResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderRoute req, CancellationToken ct)
    {
        var whole = await ShipmentReads.FindAsync(connections, req.OrderId, Caller.From(User), ct);
        await Send.ResultAsync(whole is null ? OrderProblems.NotFound(req.OrderId)
            : ETaggedJson.Of(new ShipmentListResponse(whole.Order.OrderId, ShipmentMapping.ToResponses(whole.Order, whole.Lines, whole.Shipments)), whole.Order.ETag));
    }
}
