namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>A null inside one of a product's lists: its path, and what belongs there (“a SKU”, “a price tier”).</summary>
public sealed record CatalogueHole(string Path, string Expected);

/// <summary>
/// Finds the nulls inside a product's lists (features, certifications, SKUs, price tiers), which JSON allows and the
/// merge and the rules cannot look into: a product with any is refused at their paths before anything else is checked.
/// </summary>
public static class CatalogueHoles
{
    public static List<CatalogueHole> In(ProductDocument product, string at = "")
    {
        var holes = new List<CatalogueHole>();
        holes.AddRange(NullItems(product.Features, at + "features", "a feature key"));
        holes.AddRange(NullItems(product.Certifications, at + "certifications", "a certification key"));
        for (var v = 0; v < (product.Variants?.Count ?? 0); v++)
        {
            var variant = product.Variants![v];
            if (variant is null)
            {
                holes.Add(new($"{at}variants[{v}]", "a SKU"));
            }
            else
            {
                holes.AddRange(NullItems(variant.PriceTiers, $"{at}variants[{v}].priceTiers", "a price tier"));
            }
        }

        return holes;
    }

    private static IEnumerable<CatalogueHole> NullItems<T>(List<T>? items, string path, string expected) =>
        (items ?? []).Select((item, i) => (item, i)).Where(x => x.item is null).Select(x => new CatalogueHole($"{path}[{x.i}]", expected));
}
