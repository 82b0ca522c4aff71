using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Orders.CancelOrder;

public static class CancelOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/orders/{orderId}/cancel", HandleAsync)
            .WithName("CancelOrder")
            .WithTags("Orders")
            .WithSummary("Cancel an order that is not yet in production")
            .WithDescription("Allowed while the order is submitted or confirmed; its reserved stock is released at once. From " +
                "in_production on, the answer is 409. Send the ETag you read as If-Match to be sure you cancel the order as you " +
                "last saw it (412 otherwise). Cancelling twice is 409: the order is already cancelled.")
            .RequireAuthorization(AuthPolicies.Distributor)
            .Accepts<CancelOrderRequest>("application/json")
            .Validated<CancelOrderRequest>()
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> HandleAsync(
        [Description("Order id, e.g. ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")] string orderId,
        [FromBody] CancelOrderRequest? request,
        [FromHeader(Name = "If-Match")] [Description(Preconditions.IfMatchDescription)] string? ifMatch,
        ClaimsPrincipal user, IDbConnectionFactory connections, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        return await OrderTransitions.ApplyAsync(connections, orderId, caller.DistributorId, OrderStatus.Cancelled, ifMatch, caller,
            request?.Reason, clock, "A distributor may cancel only while the order is submitted or confirmed.", cancellationToken);
    }
}
