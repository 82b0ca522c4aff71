using Backpack.Catalog.Api.Features.Admin.Catalogue;

namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

/// <summary>The shape of <c>db/seed/catalogue.json</c>. The families themselves are reference data from migration 0005.</summary>
public sealed record CatalogueSeed(IReadOnlyList<SeedProduct> Products);

public sealed record SeedProduct(
    string Id,
    string Category,
    string Name,
    string Description,
    string Material,
    string MaterialGrade,
    double CapacityLitres,
    double HeightCm,
    double WidthCm,
    double DepthCm,
    int WeightGrams,
    double MaxLoadKg,
    string Lining,
    string Zipper,
    int StitchesPerInch,
    string WaterResistance,
    bool UvStabilised,
    string OriginCountry,
    string HsCode,
    int LeadTimeDays,
    int? ProductMoq,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<SeedVariant> Variants,
    ProductTranslationsDocument? Translations = null);

public sealed record SeedVariant(
    string Sku,
    string Colour,
    string Material,
    int Moq,
    int OrderIncrement,
    int CartonSize,
    int? MaxPerOrder,
    decimal? SamplePriceUsd,
    int? SampleMax,
    int StockOnHand,
    PackingDocument Packing,
    IReadOnlyList<SeedTier> Tiers);

public sealed record SeedTier(int MinQuantity, decimal UnitPriceUsd);
