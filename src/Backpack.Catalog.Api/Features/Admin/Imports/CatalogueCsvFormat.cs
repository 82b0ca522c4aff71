using System.Globalization;
using Backpack.Catalog.Api.Features.Admin.Catalogue;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>How values that are not plain text are spelled in the catalogue CSV, for the reader and the writer alike.</summary>
public static class CatalogueCsvFormat
{
    public const char ListSeparator = '|';
    public const char TierSeparator = ':';

    /// <summary>UTC with milliseconds when there are any: 2025-03-01T09:30:00Z, 2025-03-01T09:30:00.125Z.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFF'Z'";

    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd"];

    public static bool TryWhole(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryMoney(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    // Spreadsheets write TRUE and FALSE.
    public static bool TryFlag(string text, out bool value)
    {
        value = text.Equals("true", StringComparison.OrdinalIgnoreCase);
        return value || text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>ISO 8601; without an offset the time is UTC.</summary>
    public static bool TryTime(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    public static List<string> Keys(string text) => text.Length == 0 ? [] : [.. text.Split(ListSeparator)];

    /// <summary>minQuantity:unitPriceUsd pairs separated by |, e.g. 100:9.80|300:9.21; <paramref name="bad"/> is the first pair that does not read.</summary>
    public static bool TryTiers(string text, out List<PriceTierDocument> tiers, out string? bad)
    {
        tiers = [];
        bad = null;
        foreach (var pair in Keys(text))
        {
            var parts = pair.Split(TierSeparator);
            if (parts.Length != 2 || !TryWhole(parts[0], out var min) || !TryMoney(parts[1], out var price))
            {
                bad = pair;
                return false;
            }

            tiers.Add(new PriceTierDocument { MinQuantity = min, UnitPriceUsd = price });
        }

        return true;
    }
}
