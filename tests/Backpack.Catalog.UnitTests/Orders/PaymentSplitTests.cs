using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.UnitTests.Orders;

public sealed class PaymentSplitTests
{
    private static readonly Currency Eur = Currencies.ByCode["EUR"];

    private static PaymentResponse Payment(int depositPercent, long subtotalMinor, long chargesMinor) =>
        OrderMapping.Payment(new OrderRow
        {
            SubtotalMinor = subtotalMinor, ChargesMinor = chargesMinor, DepositPercent = depositPercent, PaymentTerms = "terms", PromisedShipDate = "2027-01-15",
        }, Eur, [], []);

    [Theory]
    [InlineData(30, 100_000L, 0L, 30_000L)]
    [InlineData(30, 333L, 0L, 100L)]          // 99.9 rounds up
    [InlineData(30, 5L, 0L, 2L)]              // 1.5 rounds half away from zero
    [InlineData(50, 1L, 0L, 1L)]              // 0.5 rounds half away from zero
    [InlineData(0, 123_456L, 5_000L, 0L)]
    [InlineData(100, 123_456L, 5_000L, 128_456L)]
    [InlineData(30, 276_300L, 23_310L, 89_883L)] // the supplier-invoiced freight and insurance are in the split
    public void The_deposit_is_the_percentage_of_goods_and_charges_rounded_half_away_from_zero(int percent, long subtotal, long charges, long deposit) =>
        Money.ToMinor(Payment(percent, subtotal, charges).Deposit.Amount, Eur).ShouldBe(deposit);

    [Fact]
    public void Deposit_and_balance_add_up_to_the_total_and_the_deposit_never_exceeds_it()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 2_000; i++)
        {
            var subtotal = (long)random.Next(1, 50_000_000);
            var charges = (long)random.Next(0, 5_000_000);
            var percent = random.Next(0, 101);
            var payment = Payment(percent, subtotal, charges);
            var deposit = Money.ToMinor(payment.Deposit.Amount, Eur);
            var balance = Money.ToMinor(payment.Balance.Amount, Eur);

            (deposit + balance).ShouldBe(subtotal + charges);
            deposit.ShouldBeInRange(0, subtotal + charges);
            Math.Abs((deposit * 100) - ((subtotal + charges) * percent)).ShouldBeLessThanOrEqualTo(50);
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
