using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;

namespace Backpack.Catalog.UnitTests.Catalogue;

/// <summary>The demo catalogue is realistic enough to explore: every family, real tier ladders, some made-to-order SKUs.</summary>
public sealed class SeedCatalogueTests
{
    private static readonly CatalogueSeed Seed = CatalogueSeeder.LoadEmbedded();

    private static IEnumerable<SeedVariant> Variants => Seed.Products.SelectMany(p => p.Variants);

    [Fact]
    public void Covers_all_six_families_with_enough_products_and_skus()
    {
        Seed.Products.Select(p => p.Category).Distinct().Order().ShouldBe(CatalogueVocabulary.Categories.Order());
        Seed.Products.Count.ShouldBeGreaterThanOrEqualTo(24);
        Variants.Count().ShouldBeGreaterThanOrEqualTo(80);
        Seed.Products.Select(p => p.Id).ShouldBeUnique();
        Variants.Select(v => v.Sku).ShouldBeUnique();
    }

    [Fact]
    public void Every_sku_has_a_three_to_five_break_ladder_that_respects_moq_and_cartons()
    {
        foreach (var variant in Variants)
        {
            variant.Tiers.Count.ShouldBeInRange(3, 5, variant.Sku);
            variant.Tiers[0].MinQuantity.ShouldBe(variant.Moq, variant.Sku);
            (variant.Moq % variant.OrderIncrement).ShouldBe(0, variant.Sku);
            variant.Tiers.ShouldAllBe(t => t.MinQuantity % variant.OrderIncrement == 0, variant.Sku);
            variant.Tiers.Select(t => t.UnitPriceUsd).ShouldBeInOrder(SortDirection.Descending, variant.Sku);
        }
    }

    [Fact]
    public void Some_skus_are_made_to_order_only()
    {
        var outOfStock = Variants.Count(v => v.StockOnHand == 0);
        outOfStock.ShouldBeGreaterThan(0);
        outOfStock.ShouldBeLessThan(Variants.Count());
    }

    [Theory]
    [InlineData("kids", "CPSIA")]
    [InlineData("leather", "LWG")]
    public void Certifications_fit_the_family(string family, string certification) =>
        Seed.Products.Where(p => p.Category == family && !p.Material.StartsWith("pu-", StringComparison.Ordinal))
            .ShouldAllBe(p => p.Certifications.Contains(certification));

    [Fact]
    public void Eco_products_carry_a_recycled_or_organic_claim() =>
        Seed.Products.Where(p => p.Category == "eco")
            .ShouldAllBe(p => p.Certifications.Any(c => c == "GRS" || c == "OEKO-TEX-100" || c == "GOTS"));
}
