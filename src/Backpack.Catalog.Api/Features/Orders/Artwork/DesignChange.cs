using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>The order and design an artwork step works on, read inside the step's transaction.</summary>
public sealed record DesignContext(
    DbConnection Connection, DbTransaction Transaction, SqlDialect Sql, OrderRow Order, DesignRow Design, IReadOnlyList<ProofRow> Proofs, Caller Caller)
{
    /// <summary>Records the step as the order's next version; false when another change to the order committed first.</summary>
    public async Task<bool> RecordAsync(string toStatus, string step, string? note, DateTimeOffset now) =>
        await OrderStore.AppendChangeAsync(Connection, Transaction, Sql, Order, toStatus, step, Design.Design, Caller, note, now) is not null;
}

/// <summary>
/// Runs one artwork step in a transaction: the order (another distributor's is absent) and its design are read, the order must still be
/// awaiting artwork, and the step either answers a problem (nothing is written) or succeeds and is committed.
/// </summary>
public static class DesignChange
{
    public sealed record Outcome(IResult Answer, bool Commit)
    {
        public static Outcome Refuse(IResult problem) => new(problem, false);
    }

    public static async Task<IResult> RunAsync(
        IDbConnectionFactory connections, DesignRoute route, Caller caller, Func<DesignContext, Task<Outcome>> step, CancellationToken cancellationToken)
    {
        if (route.CannotExist() is { } absent)
        {
            return absent;
        }

        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var order = await OrderQueries.FindAsync(connection, sql, route.OrderId, caller.IsAdmin ? null : caller.DistributorId, transaction);
        if (order is null)
        {
            return OrderProblems.NotFound(route.OrderId);
        }

        if (await DesignStore.FindAsync(connection, transaction, sql, order.OrderId, route.Design) is not var (design, proofs))
        {
            return ArtworkProblems.DesignNotFound(order.OrderId, route.Design);
        }

        if (order.Status != OrderStatus.AwaitingArtwork)
        {
            return ArtworkProblems.OrderPastArtwork(order, design);
        }

        var outcome = await step(new DesignContext(connection, transaction, sql, order, design, proofs, caller));
        if (outcome.Commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome.Answer;
    }

    /// <summary>The design as it now is, read in the step's transaction.</summary>
    public static async Task<DesignResponse> ReadBackAsync(DesignContext context)
    {
        var order = (await OrderQueries.FindWholeAsync(context.Connection, context.Sql, context.Order.OrderId, null, context.Transaction))!;
        return DesignMapping.ToResponses(order.Order.OrderId, order.Designs, order.Proofs, order.Lines).Single(d => d.Design == context.Design.Design);
    }
}
