using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Infrastructure.Delivery;

/// <summary>How a <see cref="DispatchLoop"/> claims, paces and retries its work; each queue sets its own defaults.</summary>
public abstract class DispatchOptions
{
    /// <summary>How often an idle dispatcher looks for due work.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Items claimed per round.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 16;

    /// <summary>Items sent at once.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 4;

    /// <summary>How long a claim keeps other instances off an item; must outlast sending a whole batch.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; }

    /// <summary>Attempts before an item is given up on.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; }

    /// <summary>The wait after the first failed attempt; it doubles per attempt up to <see cref="BackoffMax"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan BackoffFirst { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan BackoffMax { get; set; }

    /// <summary>The longest one attempt can take.</summary>
    protected abstract TimeSpan LongestAttempt { get; }

    /// <summary>The longest a claimed batch can take: its items go out <see cref="Parallelism"/> at a time.</summary>
    public TimeSpan WorstBatchDuration => LongestAttempt * Math.Ceiling(BatchSize / (double)Parallelism);
}
