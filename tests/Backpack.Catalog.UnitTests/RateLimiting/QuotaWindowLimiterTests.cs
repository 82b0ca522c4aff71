using System.Threading.RateLimiting;
using Backpack.Catalog.Api.Infrastructure.RateLimiting;

namespace Backpack.Catalog.UnitTests.RateLimiting;

public sealed class QuotaWindowLimiterTests
{
    private static readonly QuotaPolicy ThreePerMinute = new("storefront", 3, TimeSpan.FromMinutes(1));

    private readonly SteppedClock _clock = new();

    [Fact]
    public void Each_lease_says_how_many_requests_are_left_and_when_the_window_resets()
    {
        var limiter = new QuotaWindowLimiter(ThreePerMinute, _clock);

        var first = Quota(limiter.AttemptAcquire());
        _clock.Advance(TimeSpan.FromSeconds(20.5));
        var second = Quota(limiter.AttemptAcquire());

        first.ShouldBe(new RateLimitQuota(ThreePerMinute, 2, TimeSpan.FromMinutes(1)));
        second.Remaining.ShouldBe(1);
        second.ResetAfter.ShouldBe(TimeSpan.FromSeconds(39.5));
        second.ResetSeconds.ShouldBe(40, "rounded up, so a client that waits that long finds the window reset");
    }

    [Fact]
    public void Over_the_limit_is_refused_with_retry_after_the_window_end_and_refusals_do_not_count()
    {
        var limiter = new QuotaWindowLimiter(ThreePerMinute, _clock);
        for (var i = 0; i < 3; i++)
        {
            limiter.AttemptAcquire().IsAcquired.ShouldBeTrue();
        }

        _clock.Advance(TimeSpan.FromSeconds(45));
        var refused = limiter.AttemptAcquire();
        limiter.AttemptAcquire().IsAcquired.ShouldBeFalse();

        refused.IsAcquired.ShouldBeFalse();
        refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).ShouldBeTrue();
        retryAfter.ShouldBe(TimeSpan.FromSeconds(15));
        Quota(refused).Remaining.ShouldBe(0);
        limiter.GetStatistics()!.ShouldSatisfyAllConditions(
            s => s.TotalSuccessfulLeases.ShouldBe(3), s => s.TotalFailedLeases.ShouldBe(2), s => s.CurrentAvailablePermits.ShouldBe(0));
    }

    [Fact]
    public void A_new_window_starts_with_the_first_request_after_the_last_one_ended()
    {
        var limiter = new QuotaWindowLimiter(ThreePerMinute, _clock);
        for (var i = 0; i < 3; i++)
        {
            limiter.AttemptAcquire();
        }

        _clock.Advance(TimeSpan.FromSeconds(60));
        limiter.IdleDuration.ShouldBe(TimeSpan.Zero);
        limiter.GetStatistics()!.CurrentAvailablePermits.ShouldBe(3);
        _clock.Advance(TimeSpan.FromSeconds(30));
        limiter.IdleDuration.ShouldBe(TimeSpan.FromSeconds(30));

        var lease = limiter.AttemptAcquire();

        lease.IsAcquired.ShouldBeTrue();
        Quota(lease).ShouldBe(new RateLimitQuota(ThreePerMinute, 2, TimeSpan.FromMinutes(1)));
        limiter.IdleDuration.ShouldBeNull("a window is open");
    }

    [Fact]
    public void Lease_metadata_names_what_it_carries()
    {
        var limiter = new QuotaWindowLimiter(new QuotaPolicy("anonymous", 1, TimeSpan.FromSeconds(10)), _clock);

        limiter.AttemptAcquire().MetadataNames.ShouldBe([QuotaLease.Quota.Name]);
        limiter.AttemptAcquire().MetadataNames.ShouldBe([QuotaLease.Quota.Name, MetadataName.RetryAfter.Name]);
    }

    [Fact]
    public void The_fields_follow_the_ietf_draft_syntax()
    {
        var quota = new RateLimitQuota(new QuotaPolicy("distributor", 300, TimeSpan.FromMinutes(1)), 299, TimeSpan.FromSeconds(41.2));

        RateLimitHeaders.PolicyValue(quota.Policy).ShouldBe("\"distributor\";q=300;w=60");
        RateLimitHeaders.StateValue(quota).ShouldBe("\"distributor\";r=299;t=42");
    }

    private static RateLimitQuota Quota(RateLimitLease lease) =>
        lease.TryGetMetadata(QuotaLease.Quota, out var quota) ? quota! : throw new ShouldAssertException("The lease has no quota.");

    /// <summary>A monotonic clock the test moves by hand.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
