namespace Backpack.Catalog.Api.Features.Catalogue.GetProduct;

/// <param name="ProductMoq">When set, a product-level MOQ that may be met by mixing this product's SKUs.</param>
/// <param name="LeadTimeDays">Days to ship made-to-order quantities after confirmation.</param>
/// <param name="HsCode">Harmonized System code for customs (4202.92 textile, 4202.91 leather outer surface).</param>
/// <param name="OriginCountry">ISO 3166-1 alpha-2 country of manufacture.</param>
/// <param name="CreatedAt">UTC.</param>
/// <param name="UpdatedAt">UTC; when the product record last changed.</param>
public sealed record ProductResponse(
    string Id,
    string Category,
    string Name,
    string Description,
    ProductSpecsResponse Specs,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> Certifications,
    string OriginCountry,
    string HsCode,
    int LeadTimeDays,
    int? ProductMoq,
    IReadOnlyList<VariantResponse> Variants,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <param name="MaterialGrade">Denier for textiles (e.g. 600D), grade for leather (e.g. full-grain).</param>
/// <param name="StitchesPerInch">Stitch density (SPI).</param>
/// <param name="UvStabilised">Fabric treated against UV degradation.</param>
public sealed record ProductSpecsResponse(
    double CapacityLitres,
    DimensionsResponse DimensionsCm,
    int WeightGrams,
    double MaxLoadKg,
    string Material,
    string MaterialGrade,
    string Lining,
    string Zipper,
    int StitchesPerInch,
    string WaterResistance,
    bool UvStabilised);

/// <summary>Outer dimensions in centimetres.</summary>
public sealed record DimensionsResponse(double Height, double Width, double Depth);
