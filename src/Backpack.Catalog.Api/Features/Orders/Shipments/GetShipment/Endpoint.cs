using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Shipments.GetShipment;

public sealed class GetShipmentEndpoint(IDbConnectionFactory connections) : Endpoint<ShipmentRoute>
{
    public override void Configure()
    {
        Get("/orders/{orderId}/shipments/{number}");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("GetShipment")
            .WithTags("Orders")
            .WithSummary("Read one shipment of an order")
            .WithDescription("The shipment's lines and units, cartons, weights and volume, transport document, containers, vessel and voyage, ports, " +
                "ETD and ETA, and where it is. Another distributor's order is 404, as is a shipment number the order has not booked.")
            .Produces<OrderShipmentResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(ShipmentRoute req, CancellationToken ct)
    {
        var whole = await ShipmentReads.FindAsync(connections, req.OrderId, Caller.From(User), ct);
        var shipment = whole?.Shipments.FirstOrDefault(s => s.Number == req.Number);
        await Send.ResultAsync(whole is null ? OrderProblems.NotFound(req.OrderId)
            : shipment is null ? ShipmentProblems.NotFound(whole.Order.OrderId, req.Number)
            : TypedResults.Ok(ShipmentMapping.ToResponse(whole.Order, whole.Lines, shipment)));
    }
}
