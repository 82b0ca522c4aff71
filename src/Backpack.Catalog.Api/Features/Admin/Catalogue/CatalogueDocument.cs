using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>
/// The catalogue as the owner edits it: what the admin API creates and replaces, and what bulk import reads and
/// export writes (as JSON, and flattened to one CSV row per SKU). Prices are US dollars with at most two decimals.
/// Members are nullable so that a missing one is reported by name rather than read as zero.
/// </summary>
public sealed class CatalogueDocument
{
    public static CatalogueDocument Example => new() { Products = [ProductDocument.Example] };

    [Required]
    public List<ProductDocument>? Products { get; init; }

    /// <summary>JSON only, optional: the private-label options, as POST /v1/admin/customization-options takes them. Import creates or
    /// replaces each by its id (no If-Match: the file is the catalogue) after the products, so an option may name SKUs the file adds;
    /// options the file leaves out stay as they are.</summary>
    [MaxLength(Customization.CustomizationOptionRules.MaxOptions)]
    public List<Customization.CustomizationOptionDocument?>? CustomizationOptions { get; init; }

    /// <summary>JSON only, optional: the labels of features, certifications and families in every language, as PUT
    /// /v1/admin/labels/{kind}/{key} takes them with kind and key beside. Import replaces each by kind and key (no If-Match) after the
    /// options; labels the file leaves out stay as they are.</summary>
    [MaxLength(Admin.Labels.LabelRules.MaxLabels)]
    public List<Admin.Labels.CatalogueLabelDocument?>? Labels { get; init; }
}

public sealed record ProductDocument
{
    public static ProductDocument Example => new()
    {
        Id = "classic-harbour-9",
        Category = "classic",
        Status = ProductStatuses.Draft,
        Name = "Harbour Classic Mini 9 L",
        Description = "A compact 600D polyester mini with a padded tablet sleeve and a bottle pocket.",
        Translations = ProductTranslationsDocument.Example,
        Specs = ProductSpecsDocument.Example,
        Features = ["tablet-sleeve", "bottle-pocket"],
        Certifications = ["REACH", "BSCI"],
        OriginCountry = "VN",
        HsCode = "4202.92",
        LeadTimeDays = 45,
        ProductMoq = null,
        Variants = [VariantDocument.Example with { Sku = "CL-HARB9-BLK", Colour = "Black", StockOnHand = 240 }],
    };

    /// <summary>Lowercase letters, digits and single hyphens, 3 to 64 characters; fixed once created.</summary>
    /// <example>classic-harbour-9</example>
    [Required]
    [RegularExpression(CatalogueIds.ProductIdPattern)]
    [MaxLength(CatalogueIds.MaxProductIdLength)]
    public string? Id { get; init; }

    /// <summary>The product family: classic, hike-daypack, leather, eco, kids or tactical.</summary>
    /// <example>classic</example>
    [Required]
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))]
    public string? Category { get; init; }

    /// <summary>draft (admins only), published (in the public catalogue) or archived (withdrawn). New products default to draft.</summary>
    /// <example>draft</example>
    [OneOf(typeof(ProductStatuses), nameof(ProductStatuses.All))]
    public string? Status { get; init; }

    [Required]
    [StringLength(CatalogueRules.MaxNameLength, MinimumLength = 1)]
    public string? Name { get; init; }

    [Required]
    [StringLength(CatalogueRules.MaxDescriptionLength, MinimumLength = 1)]
    public string? Description { get; init; }

    /// <summary>The name and description in de, fr, pt-BR and ar; English (name, description) is the fallback.</summary>
    public ProductTranslationsDocument? Translations { get; init; }

    [Required]
    public ProductSpecsDocument? Specs { get; init; }

    /// <summary>Feature keys, e.g. laptop-sleeve, rfid-pocket, reflective-strips.</summary>
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Features))]
    public List<string>? Features { get; init; }

    /// <summary>Certification keys, e.g. REACH, CPSIA, EN71, OEKO-TEX-100, GRS.</summary>
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Certifications))]
    public List<string>? Certifications { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of manufacture.</summary>
    /// <example>VN</example>
    [Required]
    [RegularExpression(Countries.Pattern)]
    [MaxLength(Countries.CodeLength)]
    public string? OriginCountry { get; init; }

    /// <summary>Harmonized System code, e.g. 4202.92 (textile outer) or 4202.91 (leather outer).</summary>
    /// <example>4202.92</example>
    [Required]
    [RegularExpression(CatalogueRules.HsCodePattern)]
    [MaxLength(CatalogueRules.MaxHsCodeLength)]
    public string? HsCode { get; init; }

    /// <summary>Days to ship made-to-order quantities after confirmation (0 to 365).</summary>
    /// <example>45</example>
    [Required]
    [Range(0, CatalogueRules.MaxLeadTimeDays)]
    public int? LeadTimeDays { get; init; }

    /// <summary>When set, a product-level MOQ that may be met by mixing this product's SKUs.</summary>
    [Range(1, CatalogueRules.MaxQuantity)]
    public int? ProductMoq { get; init; }

    /// <summary>UTC. Set when the product is created (an import may carry the original date); read-only afterwards.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The product's SKUs. Creating a product may include them; replacing a product leaves its SKUs alone.</summary>
    [MaxLength(CatalogueRules.MaxVariantsPerProduct)]
    public List<VariantDocument>? Variants { get; init; }
}

public sealed record ProductSpecsDocument
{
    public static ProductSpecsDocument Example => new()
    {
        Material = "polyester", MaterialGrade = "600D", CapacityLitres = 9, HeightCm = 32, WidthCm = 24, DepthCm = 12,
        WeightGrams = 380, MaxLoadKg = 6, Lining = "210D polyester", Zipper = "YKK #5 coil", StitchesPerInch = 8,
        WaterResistance = "PU coating, 1500 mm", UvStabilised = false,
    };

    /// <summary>Main material key, e.g. polyester, ripstop-nylon, full-grain-leather, rpet.</summary>
    /// <example>polyester</example>
    [Required]
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Materials))]
    public string? Material { get; init; }

    /// <summary>Denier for textiles (e.g. 600D), grade for leather (e.g. full-grain).</summary>
    /// <example>600D</example>
    [Required]
    [StringLength(CatalogueRules.MaxMaterialGradeLength, MinimumLength = 1)]
    public string? MaterialGrade { get; init; }

    /// <example>9</example>
    [Required]
    [Range(0, CatalogueRules.MaxCapacityLitres, MinimumIsExclusive = true)]
    public double? CapacityLitres { get; init; }

    /// <example>32</example>
    [Required]
    [Range(0, CatalogueRules.MaxDimensionCm, MinimumIsExclusive = true)]
    public double? HeightCm { get; init; }

    /// <example>24</example>
    [Required]
    [Range(0, CatalogueRules.MaxDimensionCm, MinimumIsExclusive = true)]
    public double? WidthCm { get; init; }

    /// <example>12</example>
    [Required]
    [Range(0, CatalogueRules.MaxDimensionCm, MinimumIsExclusive = true)]
    public double? DepthCm { get; init; }

    /// <example>380</example>
    [Required]
    [Range(1, CatalogueRules.MaxWeightGrams)]
    public int? WeightGrams { get; init; }

    /// <example>6</example>
    [Required]
    [Range(0, CatalogueRules.MaxLoadKg, MinimumIsExclusive = true)]
    public double? MaxLoadKg { get; init; }

    [Required]
    [StringLength(CatalogueRules.MaxSpecTextLength, MinimumLength = 1)]
    public string? Lining { get; init; }

    [Required]
    [StringLength(CatalogueRules.MaxSpecTextLength, MinimumLength = 1)]
    public string? Zipper { get; init; }

    /// <summary>Stitch density (SPI).</summary>
    /// <example>8</example>
    [Required]
    [Range(1, CatalogueRules.MaxStitchesPerInch)]
    public int? StitchesPerInch { get; init; }

    [Required]
    [StringLength(CatalogueRules.MaxSpecTextLength, MinimumLength = 1)]
    public string? WaterResistance { get; init; }

    /// <summary>Fabric treated against UV degradation.</summary>
    [Required]
    public bool? UvStabilised { get; init; }
}

public sealed record VariantDocument
{
    public static VariantDocument Example => new()
    {
        Sku = "CL-HARB9-NVY", Status = VariantStatuses.Active, Colour = "Navy", Material = "polyester", Moq = 100,
        OrderIncrement = 20, CartonSize = 20, MaxPerOrder = null, SamplePriceUsd = 24.50m, SampleMax = 5, StockOnHand = 120,
        Packing = PackingDocument.Example,
        PriceTiers = [new() { MinQuantity = 100, UnitPriceUsd = 9.80m }, new() { MinQuantity = 300, UnitPriceUsd = 9.25m }],
    };

    /// <summary>Uppercase letters, digits and single hyphens, 4 to 32 characters; fixed once created.</summary>
    /// <example>CL-HARB9-NVY</example>
    [Required]
    [RegularExpression(CatalogueIds.SkuPattern)]
    [MaxLength(CatalogueIds.MaxSkuLength)]
    public string? Sku { get; init; }

    /// <summary>active or archived (withdrawn from sale, kept for the orders that name it). Defaults to active.</summary>
    /// <example>active</example>
    [OneOf(typeof(VariantStatuses), nameof(VariantStatuses.All))]
    public string? Status { get; init; }

    /// <example>Navy</example>
    [Required]
    [StringLength(CatalogueRules.MaxColourLength, MinimumLength = 1)]
    public string? Colour { get; init; }

    /// <example>polyester</example>
    [Required]
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Materials))]
    public string? Material { get; init; }

    /// <summary>Minimum order quantity in units: whole cartons.</summary>
    /// <example>100</example>
    [Required]
    [Range(1, CatalogueRules.MaxQuantity)]
    public int? Moq { get; init; }

    /// <summary>Quantities above the MOQ go up in steps of this many units: whole cartons.</summary>
    /// <example>20</example>
    [Required]
    [Range(1, CatalogueRules.MaxQuantity)]
    public int? OrderIncrement { get; init; }

    /// <summary>Units per master carton.</summary>
    /// <example>20</example>
    [Required]
    [Range(1, CatalogueRules.MaxCartonSize)]
    public int? CartonSize { get; init; }

    /// <summary>The most units one order may carry, when limited.</summary>
    [Range(1, CatalogueRules.MaxQuantity)]
    public int? MaxPerOrder { get; init; }

    /// <summary>Unit price of a sample order in USD; set together with sampleMax, or neither.</summary>
    /// <example>24.50</example>
    public decimal? SamplePriceUsd { get; init; }

    /// <summary>Units one sample order may hold; below the MOQ.</summary>
    /// <example>5</example>
    [Range(1, CatalogueRules.MaxQuantity)]
    public int? SampleMax { get; init; }

    /// <summary>Days to ship a sample when none is in stock (sewn from stock colours), 1 to 60; left out, 7. Only with sample terms.</summary>
    /// <example>7</example>
    [Range(1, CatalogueRules.MaxSampleLeadDays)]
    public int? SampleLeadDays { get; init; }

    /// <summary>Units physically in stock. Creating a SKU sets it; afterwards change it with a stock adjustment.</summary>
    /// <example>120</example>
    [Range(0, CatalogueRules.MaxStock)]
    public int? StockOnHand { get; init; }

    /// <summary>The master carton's size and gross weight and the inner pack, for shipment figures. Left out, the stored packing stays; null when never recorded.</summary>
    public PackingDocument? Packing { get; init; }

    /// <summary>The price ladder, ascending: the first break is the MOQ and every later break lowers the unit price.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(CatalogueRules.MaxTiers)]
    public List<PriceTierDocument>? PriceTiers { get; init; }
}

public sealed record PriceTierDocument
{
    /// <summary>The tier applies from this many units. The first tier starts at the SKU's MOQ.</summary>
    /// <example>100</example>
    [Required]
    [Range(1, CatalogueRules.MaxQuantity)]
    public int? MinQuantity { get; init; }

    /// <summary>
    /// USD per unit, above 0 and at most 100000, with at most two decimals (multipleOf 0.01). The server checks in decimal;
    /// a validator that divides in binary floating point (ajv without multipleOfPrecision) wrongly refuses some exact
    /// two-decimal prices, such as 9.20.
    /// </summary>
    /// <example>9.25</example>
    [Required]
    [Range(0.01, (double)CatalogueRules.MaxUnitPriceUsd)]
    [MultipleOf(0.01)]
    public decimal? UnitPriceUsd { get; init; }
}

public static class ProductStatuses
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Archived = "archived";

    public static readonly string[] All = [Draft, Published, Archived];
}

public static class VariantStatuses
{
    public const string Active = "active";
    public const string Archived = "archived";

    public static readonly string[] All = [Active, Archived];
}
