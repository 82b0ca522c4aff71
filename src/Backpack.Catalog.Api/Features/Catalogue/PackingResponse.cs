using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Catalogue;

/// <summary>How a SKU ships, for freight planning: one full master carton of cartonSize units.</summary>
/// <param name="CartonLengthCm">Outer length, in centimetres.</param>
/// <param name="CartonWidthCm">Outer width, in centimetres.</param>
/// <param name="CartonHeightCm">Outer height, in centimetres.</param>
/// <param name="CartonGrossWeightKg">Gross weight of a full carton: units, inner packs and carton.</param>
/// <param name="CartonCbm">The carton's volume in cubic metres (length × width × height), to three decimals.</param>
/// <param name="InnerPack">How each unit is packed inside the carton: polybag, inner-box or none.</param>
public sealed record PackingResponse(
    [property: Range(1, PackingRules.MaxCartonSideCm)] int CartonLengthCm,
    [property: Range(1, PackingRules.MaxCartonSideCm)] int CartonWidthCm,
    [property: Range(1, PackingRules.MaxCartonSideCm)] int CartonHeightCm,
    [property: Range(0.01, (double)PackingRules.MaxCartonGrossWeightKg)] decimal CartonGrossWeightKg,
    [property: Range(0.001, 1.728)] decimal CartonCbm,
    [property: OneOf(typeof(InnerPacks), nameof(InnerPacks.All))] string InnerPack)
{
    public static PackingResponse From(PackingDocument packing) => new(
        packing.CartonLengthCm!.Value, packing.CartonWidthCm!.Value, packing.CartonHeightCm!.Value, packing.CartonGrossWeightKg!.Value,
        PackingRules.CubicMetres(packing), packing.InnerPack!);
}
