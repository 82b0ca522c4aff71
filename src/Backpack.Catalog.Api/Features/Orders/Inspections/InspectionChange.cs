using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>The order and inspections a step works on, read inside the step's transaction.</summary>
public sealed record InspectionContext(
    DbConnection Connection, DbTransaction Transaction, SqlDialect Sql, OrderRow Order, IReadOnlyList<InspectionRoundRow> Rounds, Caller Caller)
{
    /// <summary>Records the step as the order's next version (its status unchanged); false when another change to the order committed first.</summary>
    public async Task<bool> RecordAsync(string step, string note, DateTimeOffset now) =>
        await OrderStore.AppendChangeAsync(Connection, Transaction, Sql, Order, Order.Status, step, null, Caller, note, now) is not null;

    public async Task<OrderQueries.WholeOrder> ReadBackAsync() =>
        (await OrderQueries.FindWholeAsync(Connection, Sql, Order.OrderId, null, Transaction))!;
}

/// <summary>
/// Runs one inspection step in a transaction: the order (another distributor's is absent) must match If-Match when one is sent, must have
/// ordered an inspection, and must be confirmed, in production or ready to ship; the step answers a problem (nothing written) or commits.
/// </summary>
public static class InspectionChange
{
    public sealed record Outcome(IResult Answer, bool Commit)
    {
        public static Outcome Refuse(IResult problem) => new(problem, false);
    }

    public static async Task<IResult> RunAsync(
        IDbConnectionFactory connections, string orderId, string? ifMatch, Caller caller, Func<InspectionContext, Task<Outcome>> step,
        CancellationToken cancellationToken)
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

        if (order.InspectionJson is null)
        {
            return InspectionProblems.Conflict(order, $"Order {order.OrderId} ordered no final inspection (inspection at placement).");
        }

        if (!InspectionStates.OrderTakesSteps(order.Status))
        {
            return InspectionProblems.Conflict(order,
                $"Order {order.OrderId} is {order.Status}: inspections are recorded and answered while it is confirmed, in_production or ready_to_ship.");
        }

        var outcome = await step(new InspectionContext(connection, transaction, sql, order, await InspectionStore.RoundsAsync(connection, transaction, sql, order.OrderId), caller));
        if (outcome.Commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome.Answer;
    }
}
