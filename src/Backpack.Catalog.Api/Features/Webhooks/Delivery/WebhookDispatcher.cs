using Backpack.Catalog.Api.Infrastructure.Delivery;
using Backpack.Catalog.Api.Integrations.Webhooks;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Webhooks.Delivery;

/// <summary>
/// Delivers queued webhook events, at least once, retrying failures on the backoff schedule until
/// <see cref="Infrastructure.Delivery.DispatchOptions.MaxAttempts"/>. Runs in every instance; leases keep instances apart.
/// </summary>
public sealed class WebhookDispatcher(
    WebhookDeliveryStore deliveries, WebhookSender sender, TimeProvider clock, IOptions<WebhooksOptions> options, ILogger<WebhookDispatcher> logger)
    : DispatchLoop(logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    public override async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var batch = await deliveries.ClaimAsync(Owner, settings.BatchSize, now.ToUnixTimeMilliseconds(),
            (now + settings.LeaseDuration).ToUnixTimeMilliseconds(), cancellationToken);
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken },
            async (claimed, token) => await DeliverAsync(claimed, settings, token));
        return batch.Count;
    }

    private async Task DeliverAsync(WebhookDeliveryStore.Claimed claimed, WebhooksOptions settings, CancellationToken cancellationToken)
    {
        var attempt = await sender.SendAsync(claimed.Url, claimed.Secret, claimed.EventId, claimed.Payload, cancellationToken);
        var next = clock.GetUtcNow() + Backoff.After(claimed.AttemptsThisRound + 1, settings.BackoffFirst, settings.BackoffMax);
        if (!await deliveries.RecordAsync(Owner, claimed, attempt, next.ToUnixTimeMilliseconds(), settings.MaxAttempts))
        {
            logger.LogWarning("Webhook delivery {DeliveryId} was claimed by another instance before its outcome was recorded", claimed.DeliveryId);
        }
        else if (!attempt.Delivered && claimed.AttemptsThisRound + 1 >= settings.MaxAttempts)
        {
            logger.LogWarning("Webhook delivery {DeliveryId} failed after {Attempts} attempts: {Error}", claimed.DeliveryId, claimed.AttemptsThisRound + 1, attempt.Error);
        }
        else if (!attempt.Delivered)
        {
            logger.LogInformation("Webhook delivery {DeliveryId} attempt failed, retrying at {NextAttemptAt:O}: {Error}", claimed.DeliveryId, next, attempt.Error);
        }
    }
}
