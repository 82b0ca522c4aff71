using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.CancelOrder;

public sealed class CancelOrderEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<OrderChange<CancelOrderRequest?>>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/cancel");
        Group<V1>();
        Policies(AuthPolicies.Distributor);
        Description(b => b
            .WithName("CancelOrder")
            .WithTags("Orders")
            .WithSummary("Cancel an order that is not yet in production")
            .WithDescription("Allowed while the order is awaiting_artwork, submitted or confirmed; its reserved stock is released at once. From " +
                "in_production on, the answer is 409. Send the ETag you read as If-Match to be sure you cancel the order as you " +
                "last saw it (412 otherwise). Cancelling twice is 409: the order is already cancelled.")
            .Accepts<CancelOrderRequest>(isOptional: true, "application/json")
            .ProducesValidationProblem()
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderChange<CancelOrderRequest?> req, CancellationToken ct)
    {
        var caller = Caller.From(User);
        await Send.ResultAsync(await OrderTransitions.ApplyAsync(connections, req.OrderId, caller.DistributorId, OrderStatus.Cancelled, req.IfMatch,
            caller, req.Body?.Reason, clock, "A distributor may cancel only while the order is awaiting artwork, submitted or confirmed.", ct));
    }
}
