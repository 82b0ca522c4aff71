using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Orders.PreProductionSamples;

/// <summary>The order and samples a step works on, read inside the step's transaction.</summary>
public sealed record SampleContext(
    DbConnection Connection, DbTransaction Transaction, SqlDialect Sql, OrderRow Order, IReadOnlyList<SampleRoundRow> Rounds, Caller Caller)
{
    /// <summary>Records the step as the order's next version (its status unchanged); false when another change to the order committed first.</summary>
    public async Task<bool> RecordAsync(string step, string note, DateTimeOffset now) =>
        await OrderStore.AppendChangeAsync(Connection, Transaction, Sql, Order, Order.Status, step, null, Caller, note, now) is not null;

    /// <summary>The whole order as the step left it.</summary>
    public async Task<OrderQueries.WholeOrder> ReadBackAsync() =>
        (await OrderQueries.FindWholeAsync(Connection, Sql, Order.OrderId, null, Transaction))!;
}

/// <summary>
/// Runs one pre-production sample step in a transaction: the order (another distributor's is absent) must match If-Match when one is sent, must have asked for a sample, and must be
/// past artwork approval and before production; the step either answers a problem (nothing is written) or succeeds and is committed.
/// </summary>
public static class SampleChange
{
    public sealed record Outcome(IResult Answer, bool Commit)
    {
        public static Outcome Refuse(IResult problem) => new(problem, false);
    }

    public static async Task<IResult> RunAsync(
        IDbConnectionFactory connections, string orderId, string? ifMatch, Caller caller, Func<SampleContext, Task<Outcome>> step, CancellationToken cancellationToken)
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

        if (order.PreProductionSampleDays is null)
        {
            return SampleProblems.Conflict(order, $"Order {order.OrderId} did not ask for a pre-production sample (preProductionSample at placement).");
        }

        if (!SampleStates.OrderTakesSteps(order.Status))
        {
            return SampleProblems.Conflict(order, order.Status == OrderStatus.AwaitingArtwork
                ? $"Order {order.OrderId} is {order.Status}: the sample is sewn from the approved artwork, so every design must be approved first."
                : $"Order {order.OrderId} is {order.Status}: pre-production samples change only while it is {OrderStatus.Submitted} or {OrderStatus.Confirmed}.");
        }

        var rounds = await SampleStore.RoundsAsync(connection, transaction, sql, order.OrderId);
        var outcome = await step(new SampleContext(connection, transaction, sql, order, rounds, caller));
        if (outcome.Commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome.Answer;
    }
}
