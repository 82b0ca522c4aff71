using System.Collections.Concurrent;
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
        var outcomes = new ConcurrentQueue<OutboxStore.Outcome>();
        try
        {
            // Inside the try: shutdown can cancel the claim after its leases were written, and they are handed back below.
            var batch = await outbox.ClaimAsync(Owner, settings.BatchSize, now.ToUnixTimeMilliseconds(),
                (now + settings.LeaseDuration).ToUnixTimeMilliseconds(), cancellationToken);
            if (batch.Count == 0)
            {
                return 0;
            }

            // A claim holds at most one message per order, so the batch can go out in parallel without reordering anything.
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken },
                async (claimed, token) => outcomes.Enqueue(await AttemptAsync(claimed, settings, token)));
        }
        finally
        {
            // Whatever the ERP answered is recorded even when shutdown cut the batch short; the rest is handed back.
            await RecordAsync(outcomes.ToList(), settings);
            if (cancellationToken.IsCancellationRequested)
            {
                await outbox.ReleaseAsync(Owner);
            }
        }

        // A round where every attempt failed for a passing reason (the ERP down, the circuit open) waits a poll
        // interval before the next, rather than spinning through the backlog while nothing can get through.
        return outcomes.Count(o => o.Result.Outcome is not (ErpDeliveryOutcome.Transient or ErpDeliveryOutcome.NotSent));
    }

    private async Task<OutboxStore.Outcome> AttemptAsync(OutboxStore.Claimed claimed, ErpOptions settings, CancellationToken cancellationToken)
    {
        var result = await erp.SendAsync(claimed.Message, cancellationToken);
        var now = clock.GetUtcNow();
        var next = now + Backoff.After(claimed.Attempts + 1, settings.BackoffFirst, settings.BackoffMax);
        return new OutboxStore.Outcome(claimed.Message, result, now.ToUnixTimeMilliseconds(), next.ToUnixTimeMilliseconds());
    }

    private async Task RecordAsync(List<OutboxStore.Outcome> outcomes, ErpOptions settings)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        var recorded = await outbox.RecordAsync(Owner, outcomes, settings.MaxAttempts);
        if (recorded < outcomes.Count)
        {
            logger.LogWarning("{Count} ERP delivery outcomes were not recorded: their lease had passed to another instance", outcomes.Count - recorded);
        }

        var failed = outcomes.Where(o => o.Result.Error is not null).ToList();
        if (failed.Count > 0)
        {
            logger.LogWarning("{Failed} of {Count} ERP deliveries failed and will be retried or dead-lettered: {Errors}",
                failed.Count, outcomes.Count, string.Join(" | ", failed.Select(f => f.Result.Error).Distinct().Take(3)));
        }

        var postponed = outcomes.Count(o => o.Result.Outcome == ErpDeliveryOutcome.NotSent);
        if (postponed > 0)
        {
            logger.LogInformation("{Postponed} ERP deliveries were postponed: the circuit to the ERP is open", postponed);
        }
    }
}
