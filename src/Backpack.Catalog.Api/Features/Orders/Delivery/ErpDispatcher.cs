using Backpack.Catalog.Api.Infrastructure.Delivery;
using Backpack.Catalog.Api.Integrations.Erp;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Orders.Delivery;

/// <summary>
/// Delivers outbox messages to the ERP, at least once and in order per order. Runs in every instance; the lease in
/// <see cref="OutboxStore"/> keeps instances apart. Idle unless <see cref="ErpOptions.BaseUrl"/> is set.
/// </summary>
public sealed class ErpDispatcher(
    OutboxStore outbox, ErpClient erp, TimeProvider clock, IOptions<ErpOptions> options, ILogger<ErpDispatcher> logger)
    : DispatchLoop(logger)
{
    protected override bool Enabled => options.Value.BaseUrl is not null;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    public override async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var batch = await outbox.ClaimAsync(Owner, settings.BatchSize, now.ToUnixTimeMilliseconds(),
            (now + settings.LeaseDuration).ToUnixTimeMilliseconds(), cancellationToken);

        try
        {
            // A claim holds at most one message per order, so the batch can go out in parallel without reordering anything.
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken },
                async (message, token) => await DeliverAsync(message, settings, token));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await outbox.ReleaseAsync(Owner);
            throw;
        }

        return batch.Count;
    }

    private async Task DeliverAsync(OutboxStore.Claimed claimed, ErpOptions settings, CancellationToken cancellationToken)
    {
        var message = claimed.Message;
        var result = await erp.SendAsync(message, cancellationToken);
        var now = clock.GetUtcNow();
        var next = now + Backoff.After(claimed.Attempts + 1, settings.BackoffFirst, settings.BackoffMax);
        var recorded = await outbox.RecordAsync(Owner, message.MessageId, result, now.ToUnixTimeMilliseconds(), next.ToUnixTimeMilliseconds(), settings.MaxAttempts);
        if (!recorded)
        {
            logger.LogWarning("Outbox message {MessageId} of order {OrderId} was claimed by another instance before its outcome was recorded",
                message.MessageId, message.OrderId);
        }
        else if (!result.Delivered)
        {
            logger.LogWarning("ERP delivery of {EventType} {Sequence} for order {OrderId} failed: {Error}",
                message.EventType, message.Sequence, message.OrderId, result.Error);
        }
    }
}
