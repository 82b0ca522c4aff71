using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Pricing;

/// <summary>An exact amount with its ISO 4217 currency. Storage keeps USD as integer cents.</summary>
public sealed record Money(decimal Amount, [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency)
{
    public const string BaseCurrency = "USD";

    // Multiplying by 0.01m (not dividing by 100) keeps two decimal places in the value, so 980 reads as 9.80.
    public static Money FromUsdCents(long cents) => new(cents * 0.01m, BaseCurrency);

    /// <summary>An amount stored in the currency's minor units (cents for every currency this API prices in).</summary>
    public static Money FromMinor(long minor, Currency currency)
    {
        var scale = 1m;
        for (var i = 0; i < currency.MinorUnits; i++)
        {
            scale *= 0.1m;
        }

        return new(minor * scale, currency.Code);
    }

    public static long ToMinor(decimal amount, Currency currency)
    {
        var minor = amount;
        for (var i = 0; i < currency.MinorUnits; i++)
        {
            minor *= 10m;
        }

        return (long)decimal.Round(minor, 0, MidpointRounding.AwayFromZero);
    }

    public static long ToCents(decimal amount)
    {
        var cents = amount * 100m;
        if (cents != decimal.Truncate(cents))
        {
            throw new ArgumentException($"{amount} has more than two decimal places.", nameof(amount));
        }

        return (long)cents;
    }
}
