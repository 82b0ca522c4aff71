using Backpack.Catalog.Api.Features.Webhooks.Delivery;
using Backpack.Catalog.Api.Integrations.Http;
using Backpack.Catalog.Api.Integrations.Webhooks;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Webhooks;

public static class WebhooksServices
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhooksOptions>()
            .BindConfiguration(WebhooksOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.LeaseDuration > o.WorstBatchDuration,
                "Webhooks:LeaseDuration must outlast a whole batch (AttemptTimeout × BatchSize / Parallelism, rounded up), or another instance could send the same delivery while it is still in flight.")
            .Validate(o => o.BackoffMax >= o.BackoffFirst, "Webhooks:BackoffMax must not be shorter than Webhooks:BackoffFirst.")
            .ValidateOnStart();

        // One attempt per delivery, bounded by the attempt timeout: no retries and no breaker, because the queue's backoff
        // does the retrying, per endpoint, and one distributor's dead receiver must not hold back another's events.
        services.AddHttpClient(WebhookSender.ClientName, http => WebhookSender.Configure(http))
            .ConfigurePrimaryHttpMessageHandler(WebhookSender.CreateHandler)
            .AddAttemptTimeout(sp => sp.GetRequiredService<IOptions<WebhooksOptions>>().Value.AttemptTimeout);
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDeliveryStore>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        return services;
    }
}
