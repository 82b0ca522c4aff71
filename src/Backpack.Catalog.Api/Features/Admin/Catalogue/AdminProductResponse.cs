using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>
/// A product as the catalogue owner sees it, in any status. Its SKUs are listed by code and status only: their terms,
/// prices and stock are separate resources (GET /v1/admin/variants/{sku}) with their own ETags.
/// </summary>
/// <param name="Translations">The name and description in de, fr, pt-BR and ar; null when the product has none.</param>
/// <param name="Version">Bumped by every change to this record; the ETag is this number in quotes.</param>
public sealed record AdminProductResponse(
    [property: Identifier(Ids.Product)] string Id,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))] string Category,
    [property: OneOf(typeof(ProductStatuses), nameof(ProductStatuses.All))] string Status,
    [property: MaxLength(CatalogueRules.MaxNameLength)] string Name,
    [property: MaxLength(CatalogueRules.MaxDescriptionLength)] string Description,
    ProductSpecsDocument Specs,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Features))] IReadOnlyList<string> Features,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Certifications))] IReadOnlyList<string> Certifications,
    [property: RegularExpression(Countries.Pattern), MaxLength(Countries.CodeLength)] string OriginCountry,
    [property: RegularExpression(CatalogueRules.HsCodePattern), MaxLength(CatalogueRules.MaxHsCodeLength)] string HsCode,
    [property: Range(0, CatalogueRules.MaxLeadTimeDays)] int LeadTimeDays,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? ProductMoq,
    [property: MaxLength(CatalogueRules.MaxVariantsPerProduct)] IReadOnlyList<AdminSkuSummary> Variants,
    [property: Range(1, int.MaxValue)] int Version,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    ProductTranslationsDocument? Translations)
{
    public static AdminProductResponse Example => From(StoredExample.Product);

    public static AdminProductResponse From(StoredProduct stored)
    {
        var p = stored.Document;
        return new AdminProductResponse(
            p.Id!, p.Category!, p.Status!, p.Name!, p.Description!, p.Specs!, p.Features!, p.Certifications!, p.OriginCountry!, p.HsCode!,
            p.LeadTimeDays!.Value, p.ProductMoq, p.Variants!.Select(v => new AdminSkuSummary(v.Sku!, v.Status!)).ToList(), stored.Version,
            DateTimeOffset.FromUnixTimeMilliseconds(stored.CreatedAtMs).UtcDateTime, DateTimeOffset.FromUnixTimeMilliseconds(stored.UpdatedAtMs).UtcDateTime,
            p.Translations);
    }

    [JsonIgnore]
    public string ETag => CataloguePreconditions.ETagOf(Version);
}

public sealed record AdminSkuSummary(
    [property: Identifier(Ids.Sku)] string Sku,
    [property: OneOf(typeof(VariantStatuses), nameof(VariantStatuses.All))] string Status)
{
    /// <summary>/v1/admin/variants/{sku}.</summary>
    public const int MaxHrefLength = 19 + CatalogueIds.MaxSkuLength;

    /// <summary>Where the SKU's terms, prices and stock are read and changed.</summary>
    [MaxLength(MaxHrefLength)]
    [RegularExpression("^/v1/admin/variants/[A-Z0-9-]+$")]
    public string Href => $"/v1/admin/variants/{Sku}";
}
