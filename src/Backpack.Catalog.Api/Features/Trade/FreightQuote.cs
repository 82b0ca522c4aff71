using System.Globalization;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>The goods leaving from one port (or airport) by one mode, and what its lane charges for them.</summary>
/// <param name="FreightUsd">Main freight in USD, rounded to the cent.</param>
/// <param name="OriginChargesUsd">Export clearance and origin handling in USD.</param>
public sealed record ConsignmentCost(
    string Origin, IReadOnlyList<CostedLine> Lines, FreightLane Lane, decimal FreightUsd, decimal OriginChargesUsd,
    IReadOnlyDictionary<string, int> Containers, string Basis)
{
    public long VolumeCm3 => Lines.Sum(l => l.VolumeCm3);
}

/// <summary>Prices one consignment on its lane: LCL per W/M revenue ton, FCL per container, air and courier per chargeable kg.</summary>
public static class FreightQuote
{
    public static decimal Cbm(long volumeCm3) => decimal.Round(volumeCm3 / 1_000_000m, 3, MidpointRounding.AwayFromZero) + 0.000m;

    public static decimal Kg(long grams) => decimal.Round(grams / 1000m, 2, MidpointRounding.AwayFromZero) + 0.00m;

    public static decimal Chargeable(long grossGrams, long volumeCm3, int divisor) =>
        Math.Max(Kg(grossGrams), decimal.Round((decimal)volumeCm3 / divisor, 2, MidpointRounding.AwayFromZero) + 0.00m);

    /// <summary>Null when the lane lacks the rate its mode needs.</summary>
    public static ConsignmentCost? Price(
        string origin, IReadOnlyList<CostedLine> lines, FreightLane lane, LandedCostOptions options, Func<string, decimal> usdRate)
    {
        var volume = lines.Sum(l => l.VolumeCm3);
        var gross = lines.Sum(l => l.GrossGrams);
        var cbm = Cbm(volume);
        var containers = new Dictionary<string, int>(StringComparer.Ordinal);
        decimal freight;
        string basis;
        switch (lane.Mode)
        {
            case ShippingModes.SeaLcl when lane.RatePerCbmMinor is { } perCbm:
                var tonnes = decimal.Round(Kg(gross) / 1000m, 3, MidpointRounding.AwayFromZero);
                var revenueTons = Math.Max(cbm, tonnes);
                var rate = perCbm / 100m;
                freight = Math.Max(lane.MinimumMinor / 100m, Round(revenueTons * rate));
                basis = $"{Number(revenueTons, 3)} W/M × {lane.Currency} {Number(rate, 2)} (minimum {Number(lane.MinimumMinor / 100m, 2)})";
                break;
            case ShippingModes.SeaFcl when lane is { Rate20GpMinor: { } r20, Rate40GpMinor: { } r40, Rate40HcMinor: { } rHc }:
                freight = Plan(cbm, options, r20 / 100m, r40 / 100m, rHc / 100m, containers);
                basis = string.Join(" + ", containers.Select(c => $"{c.Value} × {c.Key}")) + $" for {Number(cbm, 3)} m³";
                break;
            case ShippingModes.Air or ShippingModes.Courier when lane.RatePerKgMinor is { } perKg:
                var divisor = lane.Mode == ShippingModes.Air ? options.AirDivisorCm3PerKg : options.CourierDivisorCm3PerKg;
                var chargeable = Chargeable(gross, volume, divisor);
                freight = Math.Max(lane.MinimumMinor / 100m, Round(chargeable * (perKg / 100m)));
                basis = $"{Number(chargeable, 2)} chargeable kg × {lane.Currency} {Number(perKg / 100m, 2)} (minimum {Number(lane.MinimumMinor / 100m, 2)})";
                break;
            default:
                return null;
        }

        var toUsd = usdRate(lane.Currency);
        return new ConsignmentCost(origin, lines, lane, Round(freight / toUsd), Round(lane.OriginChargesMinor / 100m / toUsd), containers, basis);
    }

    /// <summary>As many 40′ HC as are full, then the cheapest container that takes the rest.</summary>
    private static decimal Plan(decimal cbm, LandedCostOptions options, decimal r20, decimal r40, decimal rHc, Dictionary<string, int> containers)
    {
        var full = (int)decimal.Floor(cbm / options.FortyFootHighCubeUsableCbm);
        var rest = cbm - (full * options.FortyFootHighCubeUsableCbm);
        var cost = full * rHc;
        if (full > 0)
        {
            containers[Containers.FortyFootHighCube] = full;
        }

        if (rest > 0 || full == 0)
        {
            var (type, price) = new[]
                {
                    (Containers.TwentyFoot, r20, options.TwentyFootUsableCbm),
                    (Containers.FortyFoot, r40, options.FortyFootUsableCbm),
                    (Containers.FortyFootHighCube, rHc, options.FortyFootHighCubeUsableCbm),
                }
                .Where(c => c.Item3 >= rest)
                .OrderBy(c => c.Item2)
                .Select(c => (c.Item1, c.Item2))
                .First();
            containers[type] = containers.GetValueOrDefault(type) + 1;
            cost += price;
        }

        return cost;
    }

    public static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static string Number(decimal value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);
}
