namespace Backpack.Catalog.Api.Infrastructure.Delivery;

/// <summary>When a failed delivery is tried again: doubling from a first delay up to a cap, with ±20 % jitter so retries spread out.</summary>
public static class Backoff
{
    public static TimeSpan After(int failedAttempts, TimeSpan first, TimeSpan cap)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = Math.Min(first.TotalMilliseconds * Math.Pow(2, doublings), cap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(delay * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
