using System.Security.Claims;

namespace Backpack.Catalog.Api.Infrastructure.Auth;

/// <summary>The authenticated key behind a request: its id, role and, for distributor keys, the distributor.</summary>
public sealed record Caller(string KeyId, string Role, string? DistributorId)
{
    public const string KeyIdClaim = "key_id";
    public const string DistributorClaim = "distributor_id";

    public bool IsAdmin => Role == ApiKeyRoles.Admin;

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(KeyIdClaim) ?? throw new InvalidOperationException("The endpoint must require an API key."),
        user.FindFirstValue(ClaimTypes.Role)!,
        user.FindFirstValue(DistributorClaim));

    /// <summary>The distributor behind a request to an endpoint that also serves callers without a key; null for them and for other roles.</summary>
    public static string? DistributorOf(ClaimsPrincipal user) => user.FindFirstValue(DistributorClaim);

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        List<Claim> claims = [new(KeyIdClaim, KeyId), new(ClaimTypes.Role, Role), new(ClaimTypes.NameIdentifier, KeyId)];
        if (DistributorId is not null)
        {
            claims.Add(new Claim(DistributorClaim, DistributorId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
