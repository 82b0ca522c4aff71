using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Admin.Orders.ChangeOrderStatus;

public static class ChangeOrderStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/orders/{orderId}/status", HandleAsync)
            .WithName("ChangeOrderStatus")
            .WithSummary("Move an order along its lifecycle")
            .WithDescription("submitted → confirmed | rejected | cancelled; confirmed → in_production | ready_to_ship | cancelled; " +
                "in_production → ready_to_ship; ready_to_ship → shipped; shipped → delivered. Anything else is 409 naming the " +
                "statuses allowed next. Cancelled and rejected release reserved stock; shipped takes it out of stock on hand. " +
                "Every change is recorded with time and the admin key that made it. Honours If-Match (412 when stale).")
            .Accepts<ChangeOrderStatusRequest>("application/json")
            .Validated<ChangeOrderStatusRequest>()
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static Task<IResult> HandleAsync(
        [Description("Order id, e.g. ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")] string orderId,
        ChangeOrderStatusRequest request,
        [FromHeader(Name = "If-Match")] [Description(Preconditions.IfMatchDescription)] string? ifMatch,
        ClaimsPrincipal user, IDbConnectionFactory connections, TimeProvider clock, CancellationToken cancellationToken) =>
        OrderTransitions.ApplyAsync(connections, orderId, null, request.Status!, ifMatch, Caller.From(user), request.Note, clock, null, cancellationToken);
}
