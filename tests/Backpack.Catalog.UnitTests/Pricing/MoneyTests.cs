using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.UnitTests.Pricing;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(980L, "9.80")]
    [InlineData(1L, "0.01")]
    [InlineData(100L, "1.00")]
    [InlineData(123456789L, "1234567.89")]
    public void Cents_become_exact_dollars_with_two_places(long cents, string expected)
    {
        var money = Money.FromUsdCents(cents);
        money.Currency.ShouldBe("USD");
        money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Theory]
    [InlineData("9.8", 980L)]
    [InlineData("0.01", 1L)]
    [InlineData("12.00", 1200L)]
    public void Dollars_become_cents(string amount, long expected) =>
        Money.ToCents(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void Fractions_of_a_cent_are_refused() =>
        Should.Throw<ArgumentException>(() => Money.ToCents(9.805m));
}
