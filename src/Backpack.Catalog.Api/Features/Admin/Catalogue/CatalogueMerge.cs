namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>
/// Lays an incoming product over what is stored, giving the whole product that will be checked and saved. The
/// incoming record replaces the product's own fields; its SKUs replace stored SKUs of the same code and add new
/// ones, while stored SKUs it does not mention stay as they are (a SKU is withdrawn by archiving it, never by omission).
/// A missing status keeps the stored one (new products start as draft, new SKUs as active); a missing stockOnHand
/// keeps the stored stock (new SKUs start at 0). createdAt is kept once stored.
/// </summary>
public static class CatalogueMerge
{
    public static ProductDocument Merge(StoredProduct? stored, ProductDocument incoming)
    {
        var storedVariants = (stored?.Document.Variants ?? []).ToDictionary(v => v.Sku!, StringComparer.Ordinal);
        var incomingVariants = (incoming.Variants ?? []).Where(v => v.Sku is not null)
            .GroupBy(v => v.Sku!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var merged = storedVariants.Keys.Union(incomingVariants.Keys, StringComparer.Ordinal).Select(sku =>
        {
            storedVariants.TryGetValue(sku, out var before);
            if (!incomingVariants.TryGetValue(sku, out var next))
            {
                return before!;
            }

            return next with
            {
                Status = next.Status ?? before?.Status ?? VariantStatuses.Active,
                StockOnHand = next.StockOnHand ?? before?.StockOnHand ?? 0,
            };
        });

        // SKUs the incoming document lists without a code are kept, so the rules can report them.
        var unnamed = (incoming.Variants ?? []).Where(v => v.Sku is null);
        return Normalise(incoming with
        {
            Status = incoming.Status ?? stored?.Document.Status ?? ProductStatuses.Draft,
            CreatedAt = stored?.Document.CreatedAt ?? incoming.CreatedAt,
            Variants = merged.Concat(unnamed).ToList(),
        });
    }

    /// <summary>Keys sorted and SKUs in code order, so that equal content compares equal however it was listed.</summary>
    public static ProductDocument Normalise(ProductDocument product) => product with
    {
        Features = (product.Features ?? []).Order(StringComparer.Ordinal).ToList(),
        Certifications = (product.Certifications ?? []).Order(StringComparer.Ordinal).ToList(),
        Variants = (product.Variants ?? []).OrderBy(v => v.Sku ?? "\uffff", StringComparer.Ordinal).Select(v => v with
        {
            SamplePriceUsd = Cents(v.SamplePriceUsd),
            PriceTiers = v.PriceTiers?.Select(t => t with { UnitPriceUsd = Cents(t.UnitPriceUsd) }).ToList(),
        }).ToList(),
    };

    // 9.8 and 9.80 are the same price; giving every whole-cent amount two decimals lets documents compare as JSON.
    private static decimal? Cents(decimal? amount) =>
        amount is { } a && decimal.Round(a, 2) == a && Math.Abs(a) < 1_000_000_000m ? decimal.Round(a * 1.00m, 2) : amount;
}
