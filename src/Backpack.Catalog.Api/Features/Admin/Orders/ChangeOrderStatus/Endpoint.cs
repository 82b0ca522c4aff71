using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Orders.ChangeOrderStatus;

public sealed class ChangeOrderStatusEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<OrderChange<ChangeOrderStatusRequest>>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/status");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ChangeOrderStatus")
            .WithSummary("Move an order along its lifecycle")
            .WithDescription("awaiting_artwork → rejected | cancelled (it becomes submitted by itself when its last design is approved; any other " +
                "move is 409 artwork-not-approved, listing the designs that wait); submitted → confirmed | rejected | cancelled; confirmed → in_production | ready_to_ship | cancelled; " +
                "in_production → ready_to_ship; ready_to_ship → shipped; shipped → delivered. Anything else is 409 naming the " +
                "statuses allowed next. Cancelled and rejected release reserved stock; shipped takes it out of stock on hand. " +
                "Every change is recorded with time and the admin key that made it. Honours If-Match (412 when stale).")
            .Accepts<ChangeOrderStatusRequest>("application/json")
            .ProducesValidationProblem()
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderChange<ChangeOrderStatusRequest> req, CancellationToken ct) =>
        await Send.ResultAsync(await OrderTransitions.ApplyAsync(connections, req.OrderId, null, req.Body.Status!, req.IfMatch, Caller.From(User),
            req.Body.Note, clock, null, ct));
}
