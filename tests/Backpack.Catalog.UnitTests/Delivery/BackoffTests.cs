using Backpack.Catalog.Api.Infrastructure.Delivery;

namespace Backpack.Catalog.UnitTests.Delivery;

public sealed class BackoffTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(9, 512)]
    [InlineData(10, 600)]
    [InlineData(1000, 600)]
    public void The_wait_doubles_from_the_first_delay_up_to_the_cap_within_twenty_percent(int failedAttempts, int nominalSeconds)
    {
        for (var i = 0; i < 200; i++)
        {
            var wait = Backoff.After(failedAttempts, First, Cap).TotalSeconds;
            wait.ShouldBeInRange(nominalSeconds * 0.8, nominalSeconds * 1.2);
        }
    }

    [Fact]
    public void Waits_are_spread_out_rather_than_all_equal()
    {
        var waits = Enumerable.Range(0, 50).Select(_ => Backoff.After(3, First, Cap)).Distinct().Count();
        waits.ShouldBeGreaterThan(10, "jitter keeps retries of many messages from arriving together");
    }
}
