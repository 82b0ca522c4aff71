using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.Payments;
using Backpack.Catalog.Api.Features.Orders.PreProductionSamples;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>One status change as an HTTP answer: shared by a distributor's cancel and the admin status endpoint.</summary>
public static class OrderTransitions
{
    public static async Task<IResult> ApplyAsync(
        IDbConnectionFactory connections, string orderId, string? distributorScope, string toStatus, string? ifMatch,
        Caller caller, string? note, TimeProvider clock, string? illegalHint, CancellationToken cancellationToken)
    {
        if (!OrderIds.IsWellFormed(orderId))
        {
            return OrderProblems.NotFound(orderId);
        }

        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (outcome, order) = await OrderStore.TransitionAsync(connection, transaction, sql, orderId, distributorScope, toStatus,
            current => Preconditions.IfMatchHolds(ifMatch, current.ETag), caller, note, clock.GetUtcNow());
        switch (outcome)
        {
            case TransitionOutcome.NotFound:
                return OrderProblems.NotFound(orderId);
            case TransitionOutcome.PreconditionFailed:
                return OrderProblems.PreconditionFailed(order!);
            case TransitionOutcome.Illegal:
                return OrderProblems.IllegalTransition(order!, toStatus, illegalHint);
            case TransitionOutcome.ArtworkPending:
                return ArtworkProblems.NotApproved(order!, toStatus, await DesignStore.UnapprovedAsync(connection, transaction, sql, orderId));
            case TransitionOutcome.SamplePending:
                return SampleProblems.NotApproved(order!, toStatus, await SampleStore.RoundsAsync(connection, transaction, sql, orderId));
            case TransitionOutcome.PaymentMissing:
                return PaymentProblems.Required(order!, toStatus,
                    await PaymentGates.MissingAsync(connection, transaction, sql, order!, toStatus, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
            case TransitionOutcome.ChangedConcurrently:
                return OrderProblems.ChangedConcurrently(orderId);
        }

        var updated = await OrderQueries.FindWholeAsync(connection, sql, orderId, distributorScope, transaction);
        await transaction.CommitAsync(cancellationToken);
        return ETaggedJson.Of(updated!.ToResponse(), updated.Order.ETag);
    }
}
