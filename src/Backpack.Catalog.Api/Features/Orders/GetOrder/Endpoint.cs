using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.GetOrder;

public static class GetOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/orders/{orderId}", HandleAsync)
            .WithName("GetOrder")
            .WithTags("Orders")
            .WithSummary("Read one order with its lines, price snapshot and status history")
            .WithDescription("A distributor key sees its own orders only: another distributor's order is 404, exactly like one that " +
                "does not exist. Admin keys see every order. The ETag is the order's version: send it as If-Match when cancelling, " +
                "or as If-None-Match to get 304 while nothing has changed.")
            .RequireAuthorization(AuthPolicies.OrderReader)
            .Produces<OrderResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<ETaggedJson<OrderResponse>, ProblemHttpResult>> HandleAsync(
        [Description("Order id, e.g. ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")] string orderId,
        ClaimsPrincipal user, IDbConnectionFactory connections, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (!OrderIds.IsWellFormed(orderId))
        {
            return OrderProblems.NotFound(orderId);
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var order = await OrderQueries.FindWholeAsync(connection, connections.Dialect, orderId, caller.IsAdmin ? null : caller.DistributorId);
        return order is null ? OrderProblems.NotFound(orderId) : ETaggedJson.Of(order.ToResponse(), order.Order.ETag);
    }
}
