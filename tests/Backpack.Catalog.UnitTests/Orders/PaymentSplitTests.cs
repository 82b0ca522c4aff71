using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.UnitTests.Orders;

public sealed class PaymentSplitTests
{
    private static PricedOrder Order(int depositPercent, params long[] lineTotalsMinor) => new(
        Currencies.ByCode["EUR"], 0.92m, null, "FOB", null, depositPercent, "terms",
        lineTotalsMinor.Select((total, i) => new PricedOrderLine(i + 1, $"SKU-{i}", "p", false, 1, null, 100, total, 0, 30)).ToList());

    [Theory]
    [InlineData(30, 100_000L, 30_000L)]
    [InlineData(30, 333L, 100L)]       // 99.9 rounds up
    [InlineData(30, 5L, 2L)]           // 1.5 rounds half away from zero
    [InlineData(50, 1L, 1L)]           // 0.5 rounds half away from zero
    [InlineData(0, 123_456L, 0L)]
    [InlineData(100, 123_456L, 123_456L)]
    public void The_deposit_is_the_percentage_of_the_subtotal_rounded_half_away_from_zero(int percent, long subtotal, long deposit) =>
        Order(percent, subtotal).DepositMinor.ShouldBe(deposit);

    [Fact]
    public void Totals_add_up_from_the_lines_and_deposit_never_exceeds_the_subtotal()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 2_000; i++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 6)).Select(_ => (long)random.Next(1, 5_000_000)).ToArray();
            var order = Order(random.Next(0, 101), lines);

            order.SubtotalMinor.ShouldBe(lines.Sum());
            order.DepositMinor.ShouldBeInRange(0, order.SubtotalMinor);
            Math.Abs((order.DepositMinor * 100) - (order.SubtotalMinor * order.DepositPercent)).ShouldBeLessThanOrEqualTo(50);
        }
    }

    [Theory]
    [InlineData(129_325L, "1293.25")]
    [InlineData(1L, "0.01")]
    [InlineData(0L, "0.00")]
    public void Minor_units_round_trip_exactly(long minor, string amount)
    {
        var money = Money.FromMinor(minor, Currencies.ByCode["KES"]);
        money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(amount);
        Money.ToMinor(money.Amount, Currencies.ByCode["KES"]).ShouldBe(minor);
    }
}
