using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>
/// How a SKU ships: the outer size and gross weight of a full master carton (of cartonSize units), and how each unit
/// is packed inside it. All five members go together. Left out of a change, the stored packing stays.
/// </summary>
public sealed record PackingDocument
{
    public static PackingDocument Example => new()
    {
        CartonLengthCm = 60, CartonWidthCm = 40, CartonHeightCm = 45, CartonGrossWeightKg = 12.40m, InnerPack = InnerPacks.Polybag,
    };

    /// <summary>Outer length of the master carton, in whole centimetres.</summary>
    /// <example>60</example>
    [Required]
    [Range(1, PackingRules.MaxCartonSideCm)]
    public int? CartonLengthCm { get; init; }

    /// <summary>Outer width of the master carton, in whole centimetres.</summary>
    /// <example>40</example>
    [Required]
    [Range(1, PackingRules.MaxCartonSideCm)]
    public int? CartonWidthCm { get; init; }

    /// <summary>Outer height of the master carton, in whole centimetres.</summary>
    /// <example>45</example>
    [Required]
    [Range(1, PackingRules.MaxCartonSideCm)]
    public int? CartonHeightCm { get; init; }

    /// <summary>
    /// A full carton's gross weight in kg (units, inner packs and carton), with at most two decimals; at least the net
    /// weight of its units (cartonSize × the product's weightGrams).
    /// </summary>
    /// <example>12.40</example>
    [Required]
    [Range(0.01, (double)PackingRules.MaxCartonGrossWeightKg)]
    [MultipleOf(0.01)]
    public decimal? CartonGrossWeightKg { get; init; }

    /// <summary>How each unit is packed inside the carton: polybag, inner-box or none.</summary>
    /// <example>polybag</example>
    [Required]
    [OneOf(typeof(InnerPacks), nameof(InnerPacks.All))]
    public string? InnerPack { get; init; }
}

public static class InnerPacks
{
    public const string Polybag = "polybag";
    public const string InnerBox = "inner-box";
    public const string None = "none";

    public static readonly string[] All = [Polybag, InnerBox, None];
}
