using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Integrations.Http;

namespace Backpack.Catalog.Api.Integrations.Fx;

public enum FxSource
{
    /// <summary>The fixed demo rates in db/seed/fx-rates.json; for the embedded default and offline use.</summary>
    Static,

    /// <summary>An FX rates service over HTTP (contract in api-docs/fx-rates-service.md).</summary>
    Http,
}

/// <summary>Bound from the <c>Fx</c> configuration section.</summary>
public sealed class FxOptions
{
    public const string Section = "Fx";

    public FxSource Source { get; set; } = FxSource.Static;

    /// <summary>Base URL of the rates service; required when <see cref="Source"/> is Http.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How long fetched rates are used before the service is asked again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>While the service fails, the last rates are still used until they are this old (since retrieval); then non-USD prices answer 503.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRateAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The Retry-After sent with a 503 when no usable rates exist.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan UnavailableRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    public ResilienceOptions Resilience { get; set; } = new()
    {
        TotalTimeout = TimeSpan.FromSeconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(3),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(500),
        BreakerMinimumThroughput = 10,
        BreakerFailureRatio = 0.5,
        BreakerBreakDuration = TimeSpan.FromSeconds(30),
    };
}
