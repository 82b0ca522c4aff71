using Backpack.Catalog.Api.Infrastructure.Data.Seeding;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>Expected answers computed independently from db/seed/catalogue.json, never by the API's own SQL.</summary>
public static class SeedExpectations
{
    public static readonly CatalogueSeed Seed = CatalogueSeeder.LoadEmbedded();

    public static IReadOnlyList<SeedProduct> Products => Seed.Products;

    public static IEnumerable<SeedVariant> Variants => Seed.Products.SelectMany(p => p.Variants);

    public static decimal PriceAtMoq(SeedProduct product) =>
        product.Variants.Min(v => v.Tiers.Where(t => t.MinQuantity <= v.Moq).Min(t => t.UnitPriceUsd));

    /// <summary>The lowest unit price among the SKUs orderable at <paramref name="quantity"/>, or null when none is.</summary>
    public static decimal? PriceAt(SeedProduct product, int quantity) =>
        product.Variants
            .Where(v => v.Moq <= quantity && (v.MaxPerOrder is null || v.MaxPerOrder >= quantity))
            .Select(v => (decimal?)v.Tiers.Last(t => t.MinQuantity <= quantity).UnitPriceUsd)
            .Min();

    public static bool InStock(SeedProduct product) => product.Variants.Any(v => v.StockOnHand > 0);
}
