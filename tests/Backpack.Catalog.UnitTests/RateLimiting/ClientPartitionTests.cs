using System.ComponentModel.DataAnnotations;
using System.Net;
using Backpack.Catalog.Api.Infrastructure.RateLimiting;

namespace Backpack.Catalog.UnitTests.RateLimiting;

public sealed class ClientPartitionTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64")]
    [InlineData("::1", "::/64")]
    public void Addresses_are_keyed_as_a_subscriber_gets_them(string address, string key) =>
        ClientPartition.AddressKey(IPAddress.Parse(address)).ShouldBe(key);

    [Fact]
    public void A_request_without_an_address_shares_one_quota() => ClientPartition.AddressKey(null).ShouldBe("unknown");

    [Fact]
    public void The_defaults_are_valid_and_each_role_has_its_policy()
    {
        var options = new RateLimitsOptions();

        Errors(options).ShouldBeEmpty();
        options.AnonymousPolicy.ShouldBe(new QuotaPolicy("anonymous", 120, TimeSpan.FromMinutes(1)));
        options.PolicyFor("storefront").ShouldBe(new QuotaPolicy("storefront", 600, TimeSpan.FromMinutes(1)));
        options.PolicyFor("distributor").ShouldBe(new QuotaPolicy("distributor", 300, TimeSpan.FromMinutes(1)));
        options.PolicyFor("admin").ShouldBe(new QuotaPolicy("admin", 300, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Policies_without_permits_or_with_windows_the_headers_cannot_state_are_refused_at_start()
    {
        var options = new RateLimitsOptions
        {
            Storefront = new QuotaPolicyOptions { PermitLimit = 0 },
            Admin = new QuotaPolicyOptions { PermitLimit = 10, Window = TimeSpan.FromSeconds(1.5) },
            Distributor = new QuotaPolicyOptions { PermitLimit = 10, Window = TimeSpan.FromDays(2) },
        };

        var errors = Errors(options);

        errors.Count.ShouldBe(3, string.Join("\n", errors));
        errors.ShouldContain(e => e.StartsWith("RateLimits:Storefront:", StringComparison.Ordinal) && e.Contains("PermitLimit", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("RateLimits:Admin:", StringComparison.Ordinal) && e.Contains("whole number of seconds", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("RateLimits:Distributor:", StringComparison.Ordinal) && e.Contains("Window", StringComparison.Ordinal));
    }

    private static List<string> Errors(RateLimitsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
