using System.Globalization;

namespace Backpack.Catalog.Api.Infrastructure.RateLimiting;

/// <summary>
/// The RateLimit-Policy and RateLimit fields of draft-ietf-httpapi-ratelimit-headers-11 (structured-field lists, one item per
/// policy): <c>RateLimit-Policy: "distributor";q=300;w=60</c> and <c>RateLimit: "distributor";r=299;t=42</c>.
/// </summary>
public static class RateLimitHeaders
{
    public const string Policy = "RateLimit-Policy";
    public const string State = "RateLimit";

    public static string PolicyValue(QuotaPolicy policy) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{policy.Name}\";q={policy.PermitLimit};w={policy.WindowSeconds}");

    public static string StateValue(RateLimitQuota quota) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{quota.Policy.Name}\";r={quota.Remaining};t={quota.ResetSeconds}");

    public static void Write(IHeaderDictionary headers, RateLimitQuota quota)
    {
        headers[Policy] = PolicyValue(quota.Policy);
        headers[State] = StateValue(quota);
    }
}
