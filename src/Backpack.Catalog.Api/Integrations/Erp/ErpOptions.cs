using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Integrations.Http;

namespace Backpack.Catalog.Api.Integrations.Erp;

/// <summary>
/// Bound from the <c>Erp</c> configuration section. Without a <see cref="BaseUrl"/> nothing is sent: orders queue
/// in the outbox and are delivered once a URL is configured.
/// </summary>
public sealed class ErpOptions
{
    public const string Section = "Erp";

    /// <summary>Base URL of the supplier's ERP (contract in api-docs/erp-integration.md).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string? ApiToken { get; set; }

    /// <summary>How often an idle dispatcher looks for due messages.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages claimed per round.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 16;

    /// <summary>Messages of different orders delivered at once.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 4;

    /// <summary>How long a claim keeps other instances off a message; must outlast delivering a whole batch.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Delivery attempts (each one a full pass through the HTTP pipeline) before a message is dead-lettered.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 25;

    /// <summary>The wait after the first failed attempt; it doubles per attempt up to <see cref="BackoffMax"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan BackoffFirst { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromMinutes(10);

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

    /// <summary>The longest a claimed batch can take: its messages go out <see cref="Parallelism"/> at a time, each within the total timeout.</summary>
    public TimeSpan WorstBatchDuration => Resilience.TotalTimeout * Math.Ceiling(BatchSize / (double)Parallelism);
}
