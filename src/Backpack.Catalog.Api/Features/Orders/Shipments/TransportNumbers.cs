namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>The check digits that catch a mistyped container number or air waybill before it reaches a customs declaration.</summary>
public static class TransportNumbers
{
    public const string ContainerPattern = "^[A-Z]{3}[UJZ][0-9]{7}$";
    public const string AirWaybillPattern = "^[0-9]{3}-?[0-9]{8}$";

    public static readonly IReadOnlyList<string> ContainerTypes = ["20GP", "40GP", "40HC"];

    private static readonly System.Text.RegularExpressions.Regex Container = new(ContainerPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex AirWaybill = new(AirWaybillPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>ISO 6346: each of the first ten characters weighted by 2^position (letters valued 10 to 38, skipping multiples of 11), the
    /// sum modulo 11, then modulo 10, is the eleventh.</summary>
    public static bool IsContainerNumber(string? number)
    {
        if (number is null || !Container.IsMatch(number))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += ValueOf(number[i]) << i;
        }

        return sum % 11 % 10 == number[10] - '0';
    }

    /// <summary>IATA: a three-digit airline prefix and an eight-digit serial whose last digit is the first seven modulo 7.</summary>
    public static bool IsAirWaybill(string? number)
    {
        if (number is null || !AirWaybill.IsMatch(number))
        {
            return false;
        }

        var serial = number.Replace("-", "", StringComparison.Ordinal)[3..];
        return int.Parse(serial[..7], System.Globalization.CultureInfo.InvariantCulture) % 7 == serial[7] - '0';
    }

    private static int ValueOf(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        // A is 10, and each value that is a multiple of 11 (11, 22, 33) is skipped.
        var value = 10 + (c - 'A');
        return value + ((value - 1) / 10);
    }
}
