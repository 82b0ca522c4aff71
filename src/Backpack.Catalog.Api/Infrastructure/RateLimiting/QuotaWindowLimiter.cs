using System.Threading.RateLimiting;

namespace Backpack.Catalog.Api.Infrastructure.RateLimiting;

/// <summary>
/// One caller's fixed window: up to the policy's limit from the window's first request until it ends, then a fresh window.
/// The framework's FixedWindowRateLimiter does not tell when its window ends (its refusals advise waiting a whole window),
/// so this one keeps its own: every lease says how many requests are left and in how many seconds the quota resets.
/// Refused requests do not count. There is no queue: a request over the limit is refused at once.
/// </summary>
public sealed class QuotaWindowLimiter(QuotaPolicy policy, TimeProvider clock) : RateLimiter
{
    private readonly Lock _gate = new();
    private long _windowEnd = clock.GetTimestamp();
    private int _used;
    private long _successful;
    private long _failed;

    /// <summary>How long since the last window ended; null while one is open (the partitioned limiter drops long-idle callers).</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = clock.GetTimestamp();
                return now >= _windowEnd ? clock.GetElapsedTime(_windowEnd, now) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = clock.GetTimestamp() >= _windowEnd ? policy.PermitLimit : policy.PermitLimit - _used,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, policy.PermitLimit);
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            if (now >= _windowEnd)
            {
                _windowEnd = now + (long)(policy.Window.TotalSeconds * clock.TimestampFrequency);
                _used = 0;
            }

            // Zero permits asks whether any are left without taking one.
            var acquired = permitCount == 0 ? _used < policy.PermitLimit : _used + permitCount <= policy.PermitLimit;
            if (acquired)
            {
                _used += permitCount;
                _successful++;
            }
            else
            {
                _failed++;
            }

            return new QuotaLease(acquired, new RateLimitQuota(policy, policy.PermitLimit - _used, clock.GetElapsedTime(now, _windowEnd)));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));
}

/// <summary>Where a caller stands in its window: requests left and time until the quota resets.</summary>
public sealed record RateLimitQuota(QuotaPolicy Policy, int Remaining, TimeSpan ResetAfter)
{
    /// <summary>Whole seconds, rounded up so that a client waiting that long finds the window reset.</summary>
    public int ResetSeconds => (int)Math.Ceiling(ResetAfter.TotalSeconds);
}

/// <summary>A lease that carries the caller's <see cref="RateLimitQuota"/>, and on refusal the standard Retry-After metadata.</summary>
public sealed class QuotaLease(bool isAcquired, RateLimitQuota quota) : RateLimitLease
{
    public static readonly MetadataName<RateLimitQuota> Quota = MetadataName.Create<RateLimitQuota>("BACKPACK_QUOTA");

    public override bool IsAcquired => isAcquired;

    public override IEnumerable<string> MetadataNames => isAcquired ? [Quota.Name] : [Quota.Name, MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = metadataName == Quota.Name ? quota
            : !isAcquired && metadataName == MetadataName.RetryAfter.Name ? TimeSpan.FromSeconds(quota.ResetSeconds)
            : null;
        return metadata is not null;
    }
}
