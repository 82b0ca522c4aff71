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

    public static bool InStock(SeedProduct product) => product.Variants.Any(v => v.StockOnHand > 0);
}
