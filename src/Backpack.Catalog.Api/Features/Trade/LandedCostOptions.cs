using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>Bound from the <c>LandedCost</c> configuration section: how volume becomes weight, and what a container holds.</summary>
public sealed class LandedCostOptions
{
    public const string Section = "LandedCost";

    /// <summary>Air freight's volumetric divisor: cm³ per chargeable kg (IATA: 6,000, i.e. 167 kg/m³).</summary>
    [Range(1000, 10000)]
    public int AirDivisorCm3PerKg { get; set; } = 6000;

    /// <summary>The express courier's volumetric divisor (the large carriers use 5,000).</summary>
    [Range(1000, 10000)]
    public int CourierDivisorCm3PerKg { get; set; } = 5000;

    /// <summary>Cartons a 20′ GP takes, in m³ (33 m³ inside; 25–28 usable).</summary>
    [Range(1, 40)]
    public decimal TwentyFootUsableCbm { get; set; } = 28m;

    /// <summary>Cartons a 40′ GP takes, in m³ (67 m³ inside; 55–58 usable).</summary>
    [Range(1, 80)]
    public decimal FortyFootUsableCbm { get; set; } = 58m;

    /// <summary>Cartons a 40′ HC takes, in m³ (76 m³ inside; 65–68 usable).</summary>
    [Range(1, 90)]
    public decimal FortyFootHighCubeUsableCbm { get; set; } = 68m;
}
