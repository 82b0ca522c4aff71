namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>
/// Lays an incoming product over what is stored, giving the whole product that will be checked and saved. The
/// incoming record replaces the product's own fields; its SKUs replace stored SKUs of the same code and add new
/// ones, while stored SKUs it does not mention stay as they are (a SKU is withdrawn by archiving it, never by omission).
/// A missing status keeps the stored one (new products start as draft, new SKUs as active); a missing stockOnHand
/// keeps the stored stock (new SKUs start at 0), and a missing packing the stored packing. createdAt is kept once stored, and missing
/// translations keep the stored ones ({} removes them).
/// </summary>
public static class CatalogueMerge
{
    public static ProductDocument Merge(StoredProduct? stored, ProductDocument incoming)
    {
        var storedVariants = (stored?.Document.Variants ?? []).ToDictionary(v => v.Sku!, StringComparer.Ordinal);
        var incomingVariants = incoming.Variants ?? [];
        var mentioned = incomingVariants.Select(v => v.Sku).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // Incoming SKUs are all kept, duplicates and missing codes included, so that the rules can report them.
        var merged = incomingVariants.Select(next =>
        {
            var before = next.Sku is null ? null : storedVariants.GetValueOrDefault(next.Sku);
            return next with
            {
                Status = next.Status ?? before?.Status ?? VariantStatuses.Active,
                StockOnHand = next.StockOnHand ?? before?.StockOnHand ?? 0,
                Packing = next.Packing ?? before?.Packing,
            };
        }).Concat(storedVariants.Values.Where(v => !mentioned.Contains(v.Sku!)));

        return Normalise(incoming with
        {
            Status = incoming.Status ?? stored?.Document.Status ?? ProductStatuses.Draft,
            CreatedAt = stored?.Document.CreatedAt ?? incoming.CreatedAt,
            Translations = incoming.Translations ?? stored?.Document.Translations,
            Variants = merged.ToList(),
        });
    }

    /// <summary>Keys sorted and SKUs in code order, so that equal content compares equal however it was listed.</summary>
    public static ProductDocument Normalise(ProductDocument product) => product with
    {
        Translations = ProductTranslationsDocument.Normalise(product.Translations),
        Features = (product.Features ?? []).Order(StringComparer.Ordinal).ToList(),
        Certifications = (product.Certifications ?? []).Order(StringComparer.Ordinal).ToList(),
        Variants = (product.Variants ?? []).OrderBy(v => v.Sku ?? "\uffff", StringComparer.Ordinal).Select(v => v with
        {
            SamplePriceUsd = Cents(v.SamplePriceUsd),
            Packing = v.Packing is null ? null : v.Packing with { CartonGrossWeightKg = Cents(v.Packing.CartonGrossWeightKg) },
            PriceTiers = v.PriceTiers?.Select(t => t with { UnitPriceUsd = Cents(t.UnitPriceUsd) }).ToList(),
        }).ToList(),
    };

    // 9.8 and 9.80 are the same price; giving every whole-cent amount two decimals lets documents compare as JSON.
    private static decimal? Cents(decimal? amount) =>
        amount is { } a && decimal.Round(a, 2) == a && Math.Abs(a) < 1_000_000_000m ? decimal.Round(a * 1.00m, 2) : amount;
}
