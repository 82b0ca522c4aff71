using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.PriceLists;

/// <summary>
/// A distributor's price list: a name, the days it is valid (both included, UTC), a percentage off the list ladder per family, and
/// explicit ladders per SKU. A SKU's own ladder wins over its family's discount; what the list does not name keeps list prices.
/// </summary>
public sealed record PriceListDocument
{
    public const int MaxSkuLadders = 200;
    public const int MaxValidityDays = 3 * 366;

    public static PriceListDocument Example => new()
    {
        Name = "NAIROBI-2027-H1", ValidFrom = new DateOnly(2026, 12, 1), ValidTo = new DateOnly(2027, 6, 30),
        FamilyDiscounts = [new FamilyDiscountDocument { Family = "classic", PercentOff = 8.5m }],
        SkuLadders =
        [
            new SkuLadderDocument
            {
                Sku = "HK-RIDGE12-ALB",
                PriceTiers = [new PriceTierDocument { MinQuantity = 100, UnitPriceUsd = 12.90m }, new PriceTierDocument { MinQuantity = 500, UnitPriceUsd = 11.95m }],
            },
        ],
    };

    /// <summary>What the distributor sees the list called, e.g. NAIROBI-2027-H1: 1 to 60 characters.</summary>
    /// <example>NAIROBI-2027-H1</example>
    [Required]
    [MaxLength(PriceListResponse.MaxNameLength)]
    public string? Name { get; init; }

    /// <summary>The first day the list applies (UTC).</summary>
    [Required]
    public DateOnly? ValidFrom { get; init; }

    /// <summary>The last day it applies (UTC): on or after validFrom, at most three years later.</summary>
    [Required]
    public DateOnly? ValidTo { get; init; }

    /// <summary>A percentage off every tier of the list ladder for each SKU of a family; each family at most once.</summary>
    [MaxLength(6)]
    public List<FamilyDiscountDocument>? FamilyDiscounts { get; init; }

    /// <summary>Explicit ladders, each held to the catalogue's ladder rules for its SKU; each SKU at most once.</summary>
    [MaxLength(MaxSkuLadders)]
    public List<SkuLadderDocument>? SkuLadders { get; init; }
}

public sealed record FamilyDiscountDocument
{
    /// <summary>classic, hike-daypack, leather, eco, kids or tactical.</summary>
    /// <example>classic</example>
    [Required]
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))]
    public string? Family { get; init; }

    /// <summary>Percent off each tier's unit price, above 0 and at most 50, with at most two decimals; each price is rounded to the cent.</summary>
    /// <example>8.5</example>
    [Required]
    [Range(0.01, 50)]
    [MultipleOf(0.01)]
    public decimal? PercentOff { get; init; }
}

public sealed record SkuLadderDocument
{
    /// <summary>An active SKU of the catalogue.</summary>
    /// <example>HK-RIDGE12-ALB</example>
    [Required]
    [RegularExpression(CatalogueIds.SkuPattern)]
    [MaxLength(CatalogueIds.MaxSkuLength)]
    public string? Sku { get; init; }

    /// <summary>Ascending; the first break is the SKU's MOQ, each break an orderable quantity, each later unit price lower.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(CatalogueRules.MaxTiers)]
    public List<PriceTierDocument>? PriceTiers { get; init; }
}
