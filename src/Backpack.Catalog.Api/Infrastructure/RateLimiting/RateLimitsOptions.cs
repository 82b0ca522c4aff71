using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Auth;

namespace Backpack.Catalog.Api.Infrastructure.RateLimiting;

/// <summary>
/// Bound from the <c>RateLimits</c> configuration section: one quota per kind of caller. A valid API key draws on its own
/// quota under its role's policy; everyone else (no key, or a key that failed authentication) draws on the quota of their
/// client address. api-docs/rate-limits.md explains the defaults.
/// </summary>
public sealed class RateLimitsOptions : IValidatableObject
{
    public const string Section = "RateLimits";

    /// <summary>Requests without a valid key, per client address (per /64 for IPv6).</summary>
    public QuotaPolicyOptions Anonymous { get; set; } = new() { PermitLimit = 120 };

    /// <summary>Per storefront key: catalogue reads behind a retailer's site, which should revalidate with ETags rather than re-read.</summary>
    public QuotaPolicyOptions Storefront { get; set; } = new() { PermitLimit = 600 };

    /// <summary>Per distributor key: catalogue sync, quotes and orders from an ordering system.</summary>
    public QuotaPolicyOptions Distributor { get; set; } = new() { PermitLimit = 300 };

    /// <summary>Per admin key: catalogue upkeep; bulk changes go through the import, one request per file.</summary>
    public QuotaPolicyOptions Admin { get; set; } = new() { PermitLimit = 300 };

    public QuotaPolicy AnonymousPolicy => Anonymous.ToPolicy("anonymous");

    /// <summary>The policy of a key's role.</summary>
    public QuotaPolicy PolicyFor(string? role) => role switch
    {
        ApiKeyRoles.Admin => Admin.ToPolicy(ApiKeyRoles.Admin),
        ApiKeyRoles.Distributor => Distributor.ToPolicy(ApiKeyRoles.Distributor),
        ApiKeyRoles.Storefront => Storefront.ToPolicy(ApiKeyRoles.Storefront),
        _ => AnonymousPolicy,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, policy) in new[] { (nameof(Anonymous), Anonymous), (nameof(Storefront), Storefront), (nameof(Distributor), Distributor), (nameof(Admin), Admin) })
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(policy, new ValidationContext(policy), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult($"{Section}:{name}: {result.ErrorMessage}", result.MemberNames.Select(m => $"{name}.{m}"));
            }
        }
    }
}

/// <summary>How many requests one caller may send per window.</summary>
public sealed class QuotaPolicyOptions : IValidatableObject
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; }

    /// <summary>Whole seconds: the RateLimit-Policy header states the window in seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public QuotaPolicy ToPolicy(string name) => new(name, PermitLimit, Window);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Window.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            yield return new ValidationResult($"Window must be a whole number of seconds, not {Window}.", [nameof(Window)]);
        }
    }
}

/// <summary>A named quota: <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed record QuotaPolicy(string Name, int PermitLimit, TimeSpan Window)
{
    public int WindowSeconds => (int)Window.TotalSeconds;
}
