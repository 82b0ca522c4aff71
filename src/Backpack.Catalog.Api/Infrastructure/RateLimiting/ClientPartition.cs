using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Backpack.Catalog.Api.Infrastructure.Auth;

namespace Backpack.Catalog.Api.Infrastructure.RateLimiting;

/// <summary>Which quota a request draws on: its API key's, when authentication accepted the key; otherwise its client address's.</summary>
public static class ClientPartition
{
    public static RateLimitPartition<string> For(HttpContext context, RateLimitsOptions limits, TimeProvider clock)
    {
        // Only a key the handler accepted has a key id claim, so made-up keys cannot open quotas of their own.
        if (context.User.FindFirstValue(Caller.KeyIdClaim) is { } keyId)
        {
            var policy = limits.PolicyFor(context.User.FindFirstValue(ClaimTypes.Role));
            return RateLimitPartition.Get($"key:{keyId}", _ => new QuotaWindowLimiter(policy, clock));
        }

        var anonymous = limits.AnonymousPolicy;
        return RateLimitPartition.Get($"address:{AddressKey(context.Connection.RemoteIpAddress)}", _ => new QuotaWindowLimiter(anonymous, clock));
    }

    /// <summary>
    /// An IPv4 address as it is; an IPv6 address by its /64 prefix, the block one subscriber is normally given, so that
    /// one client cannot open a fresh quota per address.
    /// </summary>
    public static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
