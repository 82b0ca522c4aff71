using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Catalogue.GetProduct;

/// <param name="Certifications">The standards a valid certificate covers the product for (its own, one of its SKUs', or its factory's).</param>
/// <param name="Certificates">Those certificates: each standard's issuer, number, validity and document, or declared (named by the catalogue
/// owner without its particulars).</param>
/// <param name="ProductMoq">When set, a product-level MOQ that may be met by mixing this product's SKUs.</param>
/// <param name="LeadTimeDays">Days to ship made-to-order quantities after confirmation.</param>
/// <param name="HsCode">Harmonized System code for customs (4202.92 textile, 4202.91 leather outer surface).</param>
/// <param name="OriginCountry">ISO 3166-1 alpha-2 country of manufacture.</param>
/// <param name="CustomizationOptions">Logo embroidery, print, labels, packaging …: what its SKUs may carry on a quote or order line.</param>
/// <param name="Images">The product's gallery in order: pictures of the product, and of each colourway (sku names it).</param>
/// <param name="CreatedAt">UTC.</param>
/// <param name="UpdatedAt">UTC; when the product record last changed.</param>
/// <param name="PriceList">With a distributor key that has a price list: which, and whether the ladders shown are its (applied) or list prices
/// (expired, scheduled). Null for everyone else, who see list prices.</param>
/// <param name="Currency">The currency every price is in: the currency parameter, USD by default.</param>
/// <param name="ExchangeRate">The USD rate the prices were converted at, and how old it is; null in USD.</param>
public sealed record ProductResponse(
    [property: Identifier(Ids.Product)] string Id,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))] string Category,
    [property: MaxLength(CatalogueRules.MaxNameLength)] string Name,
    [property: MaxLength(CatalogueRules.MaxDescriptionLength)] string Description,
    ProductSpecsResponse Specs,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Features))] IReadOnlyList<string> Features,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Certifications))] IReadOnlyList<string> Certifications,
    [property: MaxLength(ProductCertificateResponse.MaxPerProduct)] IReadOnlyList<ProductCertificateResponse> Certificates,
    [property: RegularExpression(Countries.Pattern), MaxLength(Countries.CodeLength)] string OriginCountry,
    [property: RegularExpression(CatalogueRules.HsCodePattern), MaxLength(CatalogueRules.MaxHsCodeLength)] string HsCode,
    [property: Range(0, CatalogueRules.MaxLeadTimeDays)] int LeadTimeDays,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? ProductMoq,
    [property: MaxLength(CatalogueRules.MaxVariantsPerProduct)] IReadOnlyList<VariantResponse> Variants,
    [property: MaxLength(CustomizationOptionRules.MaxOptions)] IReadOnlyList<OfferedCustomizationResponse> CustomizationOptions,
    [property: MaxLength(Catalogue.Images.ImageRules.MaxPerProduct)] IReadOnlyList<Catalogue.Images.ImageResponse> Images,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    PriceListResponse? PriceList = null,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency = Money.BaseCurrency,
    Pricing.QuotePreview.ExchangeRateResponse? ExchangeRate = null)
{
    /// <summary>The language name, description, labels and option names are in (Content-Language too); a text without a translation is in English.</summary>
    [OneOf(typeof(Localization.Languages), nameof(Localization.Languages.All))]
    public string Language { get; init; } = Localization.Languages.English;

    /// <summary>What a storefront shows for each of features, in the language asked (English when it has no translation).</summary>
    [MaxLength(12), MaxItemLength(Localization.LocalizedText.MaxLength)]
    public IReadOnlyDictionary<string, string> FeatureLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>What a storefront shows for each of certifications, in the language asked (English when it has no translation).</summary>
    [MaxLength(12), MaxItemLength(Localization.LocalizedText.MaxLength)]
    public IReadOnlyDictionary<string, string> CertificationLabels { get; init; } = new Dictionary<string, string>();

    public static ProductResponse Example => new(
        "classic-metro-9", "classic", "Classic Metro 9", "A compact 9-litre daypack in 600D polyester with a padded tablet sleeve.",
        new ProductSpecsResponse(9, new DimensionsResponse(32, 24, 12), 380, 6, "polyester", "600D", "210D polyester", "YKK #5 coil", 8,
            "PU coating, 1500 mm", false),
        ["tablet-sleeve", "bottle-pocket"], ["REACH", "BSCI"],
        [new ProductCertificateResponse("crt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", "REACH", "product", null, "SGS Vietnam", "VNHCM-REACH-2026-1187",
            new DateOnly(2026, 2, 1), new DateOnly(2027, 1, 31), "https://certificates.example.com/VNHCM-REACH-2026-1187.pdf",
            "/v1/certificates/crt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c/document", "recorded"),
         new ProductCertificateResponse("crt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3d", "BSCI", "product", null, null, null, new DateOnly(2026, 11, 21), null, null, null, "declared")],
        "VN", "4202.92", 30, null, [VariantResponse.Example],
        [OfferedCustomizationResponse.Example], [Catalogue.Images.ImageResponse.Example], DocumentExamples.CreatedAt, DocumentExamples.UpdatedAt)
    {
        FeatureLabels = new Dictionary<string, string> { ["bottle-pocket"] = "Bottle pocket", ["tablet-sleeve"] = "Padded tablet sleeve" },
        CertificationLabels = new Dictionary<string, string> { ["BSCI"] = "amfori BSCI social audit", ["REACH"] = "REACH (EU chemical safety)" },
    };
}

/// <param name="Scope">sku (then sku names it), product or factory (the factory in the product's country of origin).</param>
/// <param name="ValidTo">The last day it is valid; null for a declared certificate.</param>
/// <param name="Source">recorded (with its issuer, number and validity) or declared (a standard the catalogue owner names without them).</param>
/// <param name="DocumentHref">The certificate's document as uploaded, when it is.</param>
public sealed record ProductCertificateResponse(
    [property: MaxLength(Compliance.CertificateIds.Length), RegularExpression(Compliance.CertificateIds.Pattern)] string Id,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Certifications))] string Standard,
    [property: OneOf(typeof(Compliance.CertificateScopes), nameof(Compliance.CertificateScopes.All))] string Scope,
    [property: Identifier(Ids.Sku)] string? Sku,
    [property: MaxLength(Compliance.ComplianceLimits.MaxIssuerLength)] string? Issuer,
    [property: MaxLength(Compliance.ComplianceLimits.MaxNumberLength)] string? Number,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    [property: MaxLength(Admin.Certificates.CertificateRules.MaxUrlLength)] string? DocumentUrl,
    [property: MaxLength(80)] string? DocumentHref,
    [property: OneOf(typeof(Compliance.CertificateSources), nameof(Compliance.CertificateSources.All))] string Source)
{
    /// <summary>Each standard for the product, each of its SKUs and its factory.</summary>
    public const int MaxPerProduct = 12 * (CatalogueRules.MaxVariantsPerProduct + 2);
}

/// <param name="MaterialGrade">Denier for textiles (e.g. 600D), grade for leather (e.g. full-grain).</param>
/// <param name="StitchesPerInch">Stitch density (SPI).</param>
/// <param name="UvStabilised">Fabric treated against UV degradation.</param>
public sealed record ProductSpecsResponse(
    double CapacityLitres,
    DimensionsResponse DimensionsCm,
    [property: Range(1, CatalogueRules.MaxWeightGrams)] int WeightGrams,
    double MaxLoadKg,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Materials))] string Material,
    [property: MaxLength(CatalogueRules.MaxMaterialGradeLength)] string MaterialGrade,
    [property: MaxLength(CatalogueRules.MaxSpecTextLength)] string Lining,
    [property: MaxLength(CatalogueRules.MaxSpecTextLength)] string Zipper,
    [property: Range(1, CatalogueRules.MaxStitchesPerInch)] int StitchesPerInch,
    [property: MaxLength(CatalogueRules.MaxSpecTextLength)] string WaterResistance,
    bool UvStabilised);

/// <summary>Outer dimensions in centimetres.</summary>
public sealed record DimensionsResponse(double Height, double Width, double Depth);
