using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Integrations.Webhooks;

/// <summary>Bound from the <c>Webhooks</c> configuration section; api-docs/webhooks.md explains the schedule these settings make.</summary>
public sealed class WebhooksOptions
{
    public const string Section = "Webhooks";

    /// <summary>Endpoints one distributor may have registered at a time.</summary>
    public const int MaxEndpointsPerDistributor = 5;

    /// <summary>Whether this instance delivers queued events; events are queued either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Lets endpoints use plain http (local development and tests); https is required otherwise.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>How often an idle dispatcher looks for due deliveries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries claimed per round.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 16;

    /// <summary>Deliveries sent at once.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 4;

    /// <summary>How long a claim keeps other instances off a delivery; must outlast sending a whole batch.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one attempt waits for the receiver's answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts before a delivery is marked failed (a redelivery gets as many again).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>The wait after the first failed attempt; it doubles per attempt up to <see cref="BackoffMax"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan BackoffFirst { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest a claimed batch can take: its deliveries go out <see cref="Parallelism"/> at a time, each within the attempt timeout.</summary>
    public TimeSpan WorstBatchDuration => AttemptTimeout * Math.Ceiling(BatchSize / (double)Parallelism);
}
