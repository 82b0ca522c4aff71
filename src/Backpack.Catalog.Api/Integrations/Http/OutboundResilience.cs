using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Backpack.Catalog.Api.Integrations.Http;

/// <summary>
/// The resilience handler of an outbound HttpClient (Microsoft.Extensions.Http.Resilience), built from its
/// <see cref="ResilienceOptions"/>: total timeout → retry (exponential backoff with jitter, honouring Retry-After up to a
/// cap) → circuit breaker → per-attempt timeout. Transient failures are the library's: 5xx, 408, 429, connection errors
/// and attempt timeouts. The pipeline is built once per client name, so the breaker's state outlives handler rotation.
/// A client whose caller retries on its own schedule (webhooks) gets only the attempt timeout.
/// </summary>
public static class OutboundResilience
{
    public static IHttpClientBuilder AddOutboundResilience(this IHttpClientBuilder client, Func<IServiceProvider, ResilienceOptions> options)
    {
        client.AddResilienceHandler(client.Name, (pipeline, context) =>
        {
            // Polly keeps real time even when tests replace the app's clock.
            pipeline.TimeProvider = TimeProvider.System;
            var settings = options(context.ServiceProvider);
            pipeline.AddTimeout(settings.TotalTimeout);
            if (settings.MaxRetries > 0)
            {
                pipeline.AddRetry(Retry(settings));
            }

            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = settings.BreakerFailureRatio,
                SamplingDuration = settings.BreakerSamplingDuration,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                BreakDuration = settings.BreakerBreakDuration,
            });
            pipeline.AddTimeout(settings.AttemptTimeout);
        });
        return client;
    }

    /// <summary>A single attempt bounded by a timeout: for a client whose caller does its own retrying.</summary>
    public static IHttpClientBuilder AddAttemptTimeout(this IHttpClientBuilder client, Func<IServiceProvider, TimeSpan> timeout)
    {
        client.AddResilienceHandler(client.Name, (pipeline, context) =>
        {
            // Real time here too, whatever clock the app runs on.
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddTimeout(timeout(context.ServiceProvider));
        });
        return client;
    }

    private static HttpRetryStrategyOptions Retry(ResilienceOptions settings)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = settings.MaxRetries,
            Delay = settings.RetryBaseDelay,
            ShouldRetryAfterHeader = true,
        };

        // The library honours any Retry-After; a server must not be able to park the caller beyond the configured cap.
        var retryAfter = retry.DelayGenerator!;
        retry.DelayGenerator = async args =>
        {
            var wait = await retryAfter(args);
            return wait > settings.MaxRetryAfter ? settings.MaxRetryAfter : wait;
        };
        return retry;
    }
}
