using Backpack.Catalog.Api.Infrastructure.Delivery;
using Backpack.Catalog.Api.Integrations.Http;

namespace Backpack.Catalog.Api.Integrations.Erp;

/// <summary>
/// Bound from the <c>Erp</c> configuration section. Without a <see cref="BaseUrl"/> nothing is sent: orders queue
/// in the outbox and are delivered once a URL is configured.
/// </summary>
public sealed class ErpOptions : DispatchOptions
{
    public const string Section = "Erp";

    public ErpOptions()
    {
        LeaseDuration = TimeSpan.FromMinutes(2);
        MaxAttempts = 25;
        BackoffFirst = TimeSpan.FromSeconds(2);
        BackoffMax = TimeSpan.FromMinutes(10);
    }

    /// <summary>Base URL of the supplier's ERP (contract in api-docs/erp-integration.md).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string? ApiToken { get; set; }

    /// <summary>Retries inside one attempt ride out blips; the outbox's backoff rides out outages.</summary>
    public ResilienceOptions Resilience { get; set; } = new()
    {
        TotalTimeout = TimeSpan.FromSeconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(250),
        BreakerMinimumThroughput = 20,
        BreakerFailureRatio = 0.5,
        BreakerBreakDuration = TimeSpan.FromSeconds(15),
    };

    protected override TimeSpan LongestAttempt => Resilience.TotalTimeout;
}
