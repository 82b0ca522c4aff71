using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.PriceLists;

/// <summary>
/// Catalogue reads as a distributor with a price list sees them: each SKU's ladder as the list makes it. Such an answer depends on the
/// key, so every product and SKU read says Vary: X-Api-Key, and one priced for a distributor is Cache-Control: private.
/// </summary>
public static class PricedReads
{
    public const string VaryHeader = "X-Api-Key";

    public static VariantResponse Apply(VariantResponse variant, string family, PriceList list)
    {
        var ladder = list.Apply(variant.Sku, family, variant.PriceTiers.Select(t => new PriceBreak(t.MinQuantity, Money.ToCents(t.UnitPrice.Amount))).ToList());
        return variant with
        {
            PriceTiers = ladder.Select((t, i) => new PriceTierResponse(t.MinQuantity, i + 1 < ladder.Count ? ladder[i + 1].MinQuantity - 1 : null,
                Money.FromUsdCents(t.UnitPriceCents))).ToList(),
        };
    }
}
