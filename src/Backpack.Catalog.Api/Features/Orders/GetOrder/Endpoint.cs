using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.GetOrder;

public sealed class GetOrderEndpoint(IDbConnectionFactory connections) : Endpoint<OrderRoute>
{
    public override void Configure()
    {
        Get("/orders/{orderId}");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("GetOrder")
            .WithTags("Orders")
            .WithSummary("Read one order with its lines, price snapshot and status history")
            .WithDescription("A distributor key sees its own orders only: another distributor's order is 404, exactly like one that " +
                "does not exist. Admin keys see every order. The ETag is the order's version: send it as If-Match when cancelling, " +
                "or as If-None-Match to get 304 while nothing has changed.")
            .Produces<OrderResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderRoute req, CancellationToken ct) =>
        await Send.ResultAsync(await GetAsync(req.OrderId, ct));

    private async Task<Results<ETaggedJson<OrderResponse>, ProblemHttpResult>> GetAsync(string orderId, CancellationToken cancellationToken)
    {
        var caller = Caller.From(User);
        if (!OrderIds.IsWellFormed(orderId))
        {
            return OrderProblems.NotFound(orderId);
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var order = await OrderQueries.FindWholeAsync(connection, connections.Dialect, orderId, caller.IsAdmin ? null : caller.DistributorId);
        return order is null ? OrderProblems.NotFound(orderId) : ETaggedJson.Of(order.ToResponse(), order.Order.ETag);
    }
}
