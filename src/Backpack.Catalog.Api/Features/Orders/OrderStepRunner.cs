using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>The order a step that keeps its status (a pre-production sample, an inspection) works on, read inside the step's transaction.</summary>
public sealed record OrderStepContext(DbConnection Connection, DbTransaction Transaction, SqlDialect Sql, OrderRow Order, Caller Caller)
{
    /// <summary>Records the step as the order's next version (its status unchanged); false when another change to the order committed first.</summary>
    public async Task<bool> RecordAsync(string step, string note, DateTimeOffset now, int? shipment = null) =>
        await OrderStore.AppendChangeAsync(Connection, Transaction, Sql, Order, Order.Status, step, null, Caller, note, now, shipment) is not null;

    /// <summary>The whole order as the step left it.</summary>
    public async Task<OrderQueries.WholeOrder> ReadBackAsync() =>
        (await OrderQueries.FindWholeAsync(Connection, Sql, Order.OrderId, null, Transaction))!;
}

/// <summary>What a step answers, and whether its writes are committed.</summary>
public sealed record OrderStepOutcome(IResult Answer, bool Commit)
{
    public static OrderStepOutcome Refuse(IResult problem) => new(problem, false);
}

/// <summary>
/// Runs one step on an order in a transaction: the order (another distributor's is absent) must match If-Match when one is sent and pass
/// the step's own checks; then the step either answers a problem (nothing is written) or succeeds and is committed.
/// </summary>
public static class OrderStepRunner
{
    public static async Task<IResult> RunAsync(
        IDbConnectionFactory connections, string orderId, string? ifMatch, Caller caller, Func<OrderRow, IResult?> refusal,
        Func<OrderStepContext, Task<OrderStepOutcome>> step, CancellationToken cancellationToken)
    {
        if (!OrderIds.IsWellFormed(orderId))
        {
            return OrderProblems.NotFound(orderId);
        }

        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var order = await OrderQueries.FindAsync(connection, sql, orderId, caller.IsAdmin ? null : caller.DistributorId, transaction);
        if (order is null)
        {
            return OrderProblems.NotFound(orderId);
        }

        if (!Preconditions.IfMatchHolds(ifMatch, order.ETag))
        {
            return OrderProblems.PreconditionFailed(order);
        }

        if (refusal(order) is { } refused)
        {
            return refused;
        }

        var outcome = await step(new OrderStepContext(connection, transaction, sql, order, caller));
        if (outcome.Commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome.Answer;
    }
}
