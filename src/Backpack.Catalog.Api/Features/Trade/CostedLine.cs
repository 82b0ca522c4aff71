using Backpack.Catalog.Api.Features.Catalogue;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>A master carton's outer size and gross weight when full.</summary>
public sealed record CartonPacking(int LengthCm, int WidthCm, int HeightCm, int GrossWeightGrams)
{
    public long VolumeCm3 => (long)LengthCm * WidthCm * HeightCm;

    public static CartonPacking? Of(VariantRow row) => Of(row.CartonLengthCm, row.CartonWidthCm, row.CartonHeightCm, row.CartonGrossWeightG);

    /// <summary>Null while any of the four is not recorded.</summary>
    public static CartonPacking? Of(int? lengthCm, int? widthCm, int? heightCm, int? grossWeightGrams) =>
        (lengthCm, widthCm, heightCm, grossWeightGrams) is ({ } l, { } w, { } h, { } g) ? new(l, w, h, g) : null;
}

/// <summary>A priced line as landed cost sees it: what it is worth, where it is made, how it packs and when it ships.</summary>
/// <param name="Goods">The line total in the quote currency, as the buyer is invoiced it.</param>
public sealed record CostedLine(
    int Line, string Sku, int Quantity, string OriginCountry, string HsCode, long GoodsUsdCents, decimal Goods,
    int CartonSize, int UnitWeightGrams, CartonPacking? Packing, DateOnly ShipDate, bool Loose = false)
{
    /// <summary>Export cartons; samples (loose) go in one courier parcel per line.</summary>
    public int Cartons => Loose ? 1 : (Quantity + CartonSize - 1) / CartonSize;

    /// <summary>Every carton takes a full carton's space, a part-filled last one too; loose samples take their units' share of one.</summary>
    public long VolumeCm3 => Packing is null ? 0 : Loose ? Share(Packing.VolumeCm3) : Cartons * Packing.VolumeCm3;

    /// <summary>Full cartons at their gross weight; a part-filled last one weighs its units plus the empty carton and packs, and loose samples
    /// their units plus their share of that packing.</summary>
    public long GrossGrams
    {
        get
        {
            if (Packing is null)
            {
                return 0;
            }

            if (Loose)
            {
                return ((long)Quantity * UnitWeightGrams) + Share(Packing.GrossWeightGrams - ((long)CartonSize * UnitWeightGrams));
            }

            var full = Quantity / CartonSize;
            var rest = Quantity % CartonSize;
            var tare = Packing.GrossWeightGrams - ((long)CartonSize * UnitWeightGrams);
            return (full * (long)Packing.GrossWeightGrams) + (rest > 0 ? ((long)rest * UnitWeightGrams) + tare : 0);
        }
    }

    public long NetGrams => (long)Quantity * UnitWeightGrams;

    private long Share(long ofCarton) => ((ofCarton * Quantity) + CartonSize - 1) / CartonSize;
}
