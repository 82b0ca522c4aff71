namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>The rules a SKU's packing keeps; its messages name each member under <c>packing.</c>.</summary>
public static class PackingRules
{
    /// <summary>The longest side a master carton may have: 120 cm, a pallet's length.</summary>
    public const int MaxCartonSideCm = 120;

    /// <summary>The heaviest single package the large parcel carriers take (70 kg).</summary>
    public const decimal MaxCartonGrossWeightKg = 70m;

    public static void Check(PackingDocument? packing, int? cartonSize, int? unitWeightGrams, string at, Action<string, string> fail)
    {
        if (packing is null)
        {
            return;
        }

        at += "packing.";
        foreach (var (side, name) in (ReadOnlySpan<(int?, string)>)[(packing.CartonLengthCm, "cartonLengthCm"), (packing.CartonWidthCm, "cartonWidthCm"), (packing.CartonHeightCm, "cartonHeightCm")])
        {
            if (side is not (>= 1 and <= MaxCartonSideCm)) fail(at + name, $"{name} must be a whole number of centimetres from 1 to {MaxCartonSideCm}.");
        }

        if (packing.CartonGrossWeightKg is not { } gross || gross <= 0 || gross > MaxCartonGrossWeightKg || decimal.Round(gross, 2) != gross)
        {
            fail(at + "cartonGrossWeightKg", $"cartonGrossWeightKg must be above 0 and at most {MaxCartonGrossWeightKg} kg, with at most two decimals.");
        }
        else if (cartonSize is > 0 && unitWeightGrams is > 0 && gross * 1000m < (decimal)cartonSize.Value * unitWeightGrams.Value)
        {
            fail(at + "cartonGrossWeightKg",
                $"cartonGrossWeightKg {gross} is below the net weight of its {cartonSize} units ({(decimal)cartonSize.Value * unitWeightGrams.Value / 1000m:0.###} kg at {unitWeightGrams} g each).");
        }

        if (packing.InnerPack is null || !InnerPacks.All.Contains(packing.InnerPack))
        {
            fail(at + "innerPack", $"innerPack must be one of: {string.Join(", ", InnerPacks.All)}.");
        }
    }

    /// <summary>A carton's volume in cubic metres, to three decimals.</summary>
    public static decimal CubicMetres(PackingDocument packing) =>
        decimal.Round((decimal)packing.CartonLengthCm!.Value * packing.CartonWidthCm!.Value * packing.CartonHeightCm!.Value / 1_000_000m, 3, MidpointRounding.AwayFromZero);
}
