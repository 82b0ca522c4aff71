using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>What the goods take up and weigh, packed in their master cartons.</summary>
/// <param name="Cartons">Master cartons, a part-filled last carton per line counted as one.</param>
/// <param name="Cbm">Total volume in cubic metres (m³), to three decimals; null while a SKU has no packing data.</param>
/// <param name="NetWeightKg">The units' own weight.</param>
/// <param name="GrossWeightKg">Cartons, packs and units.</param>
/// <param name="AirChargeableWeightKg">The greater of gross weight and volume ÷ airDivisorCm3PerKg.</param>
/// <param name="CourierChargeableWeightKg">The greater of gross weight and volume ÷ courierDivisorCm3PerKg.</param>
/// <param name="ContainerFill">How full one container of each size would be, in % of the volume it takes in cartons.</param>
/// <param name="CheaperSeaMode">sea-lcl or sea-fcl, whichever costs less: by the freight lanes when a named place gives them
/// (seaModeBasis lane-rates), otherwise by the rule of thumb that LCL is cheaper below 15 m³ (rule-of-thumb).</param>
/// <param name="SkusWithoutPacking">SKUs whose carton size and weight are not recorded yet; volume and weights are null while any is.</param>
public sealed record ShipmentResponse(
    [property: Range(0, ShipmentResponse.MaxCartons)] int Cartons,
    [property: Range(0, ShipmentResponse.MaxCbm)] decimal? Cbm,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal? NetWeightKg,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal? GrossWeightKg,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal? AirChargeableWeightKg,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal? CourierChargeableWeightKg,
    [property: Range(1000, 10000)] int AirDivisorCm3PerKg,
    [property: Range(1000, 10000)] int CourierDivisorCm3PerKg,
    ContainerFillResponse? ContainerFill,
    [property: OneOf(typeof(ShippingModes), nameof(ShippingModes.Sea))] string? CheaperSeaMode,
    [property: OneOf(typeof(ShipmentResponse), nameof(ShipmentResponse.SeaModeBases))] string? SeaModeBasis,
    [property: MaxLength(LineItemRules.MaxLines), MaxItemLength(32)] IReadOnlyList<string> SkusWithoutPacking)
{
    /// <summary>Every line at the largest quantity in cartons of one: the bounds below follow from it.</summary>
    public const int MaxCartons = LineItemRules.MaxLines * LineItemRules.MaxQuantity;

    /// <summary>That many of the largest carton (120 cm a side, 1.728 m³).</summary>
    public const double MaxCbm = MaxCartons * 1.728;

    /// <summary>That volume at the smallest divisor (1,000 cm³/kg), above any gross weight (70 kg a carton).</summary>
    public const double MaxKg = MaxCbm * 1000;

    /// <summary>That volume in the smallest container a site may configure (1 m³).</summary>
    public const double MaxFillPercent = MaxCbm * 100;

    public const string LaneRates = "lane-rates";
    public const string RuleOfThumb = "rule-of-thumb";

    /// <summary>Below this volume LCL is usually cheaper than a 20′ container.</summary>
    public const decimal LclRuleOfThumbCbm = 15m;

    public static readonly IReadOnlyList<string> SeaModeBases = [LaneRates, RuleOfThumb];
}

/// <param name="TwentyFoot">A 20′ GP.</param>
/// <param name="FortyFoot">A 40′ GP.</param>
/// <param name="FortyFootHighCube">A 40′ HC; above 100 % the goods need more than one.</param>
public sealed record ContainerFillResponse(
    [property: Range(0, ShipmentResponse.MaxFillPercent)] decimal TwentyFoot,
    [property: Range(0, ShipmentResponse.MaxFillPercent)] decimal FortyFoot,
    [property: Range(0, ShipmentResponse.MaxFillPercent)] decimal FortyFootHighCube);
