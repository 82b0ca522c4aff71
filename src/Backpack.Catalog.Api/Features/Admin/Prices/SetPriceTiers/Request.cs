using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;

namespace Backpack.Catalog.Api.Features.Admin.Prices.SetPriceTiers;

/// <summary>A SKU's whole new price ladder, in USD.</summary>
public sealed class SetPriceTiersRequest
{
    public static SetPriceTiersRequest Example => new()
    {
        PriceTiers =
        [
            new() { MinQuantity = 100, UnitPriceUsd = 9.60m },
            new() { MinQuantity = 300, UnitPriceUsd = 9.05m },
            new() { MinQuantity = 500, UnitPriceUsd = 8.60m },
            new() { MinQuantity = 1000, UnitPriceUsd = 8.25m },
        ],
    };

    /// <summary>Ascending; the first break is the MOQ, each break an orderable quantity, each later unit price lower.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(CatalogueRules.MaxTiers)]
    public List<PriceTierDocument>? PriceTiers { get; init; }
}
