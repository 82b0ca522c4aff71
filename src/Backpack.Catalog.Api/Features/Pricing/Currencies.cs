using System.Collections.Frozen;

namespace Backpack.Catalog.Api.Features.Pricing;

public sealed record Currency(string Code, string Name, int MinorUnits);

/// <summary>
/// The currencies prices can be shown in. Prices are set in USD; a converted unit price is
/// <c>round(usd × rate, minorUnits, half away from zero)</c>, and a line total is that unit price × quantity,
/// so totals always add up from what the buyer sees.
/// </summary>
public static class Currencies
{
    /// <summary>Bounds on the names and minor units below, for the document.</summary>
    public const int MaxNameLength = 40;
    public const int MaxMinorUnits = 3;

    public static readonly IReadOnlyList<Currency> All =
    [
        new("USD", "US dollar", 2),
        new("EUR", "Euro", 2),
        new("GBP", "Pound sterling", 2),
        new("AED", "UAE dirham", 2),
        new("SAR", "Saudi riyal", 2),
        new("ZAR", "South African rand", 2),
        new("KES", "Kenyan shilling", 2),
        new("NGN", "Nigerian naira", 2),
        new("BRL", "Brazilian real", 2),
    ];

    public static readonly IReadOnlyList<string> Codes = All.Select(c => c.Code).ToList();

    public static readonly FrozenDictionary<string, Currency> ByCode = All.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    public static string Describe() => string.Join(", ", All.Select(c => c.Code));

    /// <summary>Converts an exact USD amount into <paramref name="currency"/> at <paramref name="rate"/> (units of it per USD).</summary>
    public static decimal Convert(decimal usd, decimal rate, Currency currency) =>
        decimal.Round(usd * rate, currency.MinorUnits, MidpointRounding.AwayFromZero);

    /// <summary>A USD amount in cents, converted as <see cref="Convert"/> does, in the minor units of <paramref name="currency"/>.</summary>
    public static long ConvertCentsToMinor(long usdCents, decimal rate, Currency currency) =>
        Money.ToMinor(Convert(usdCents * 0.01m, rate, currency), currency);
}
