using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

/// <param name="NextCursor">Pass as <c>cursor</c> to read the next page; null on the last page.</param>
/// <param name="Facets">With facets: counts over the whole filtered list (every page); null without.</param>
/// <param name="Currency">The currency every price is in: the currency parameter, USD by default.</param>
/// <param name="ExchangeRate">The USD rate the prices were converted at, and how old it is; null in USD.</param>
public sealed record ListProductsResponse(
    [property: MaxLength(ListProductsRequest.MaxLimit)] IReadOnlyList<ProductSummaryResponse> Items,
    [property: MaxLength(ListProductsRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, ListProductsRequest.MaxLimit)] int Limit,
    ProductFacetsResponse? Facets = null,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency = Money.BaseCurrency,
    Pricing.QuotePreview.ExchangeRateResponse? ExchangeRate = null)
{
    /// <summary>The language the names are in (Content-Language too); a product without a translation keeps its English name.</summary>
    [OneOf(typeof(Localization.Languages), nameof(Localization.Languages.All))]
    public string Language { get; init; } = Localization.Languages.English;

    public static ListProductsResponse Example => new(
        [new ProductSummaryResponse("classic-metro-9", "classic", "Classic Metro 9", "polyester", "600D", 9, 380, "VN", 48, null,
            new Money(8.90m, Money.BaseCurrency), null, true, 2, 30, DocumentExamples.CreatedAt, Images.ImageResponse.Example)],
        "eyJzb3J0IjoibmFtZSIsImlkIjoiY2xhc3NpYy1tZXRyby05In0", 20);
}

/// <param name="Moq">The lowest minimum order quantity among the product's SKUs.</param>
/// <param name="ProductMoq">When set, a product-level MOQ that may be met by mixing SKUs of this product.</param>
/// <param name="PriceAtMoq">The lowest unit price among the SKUs, each at its own MOQ.</param>
/// <param name="PriceAtQuantity">With the priceAtQuantity parameter: the lowest unit price among the SKUs orderable at that quantity.</param>
/// <param name="InStock">True when at least one SKU ships from stock; otherwise every SKU is made to order.</param>
/// <param name="LeadTimeDays">Days to ship made-to-order quantities after confirmation.</param>
/// <param name="Image">The product's cover for a grid: its first picture of the product as a whole; null when it has none.</param>
public sealed record ProductSummaryResponse(
    [property: Identifier(Ids.Product)] string Id,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))] string Category,
    [property: MaxLength(CatalogueRules.MaxNameLength)] string Name,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Materials))] string Material,
    [property: MaxLength(CatalogueRules.MaxMaterialGradeLength)] string MaterialGrade,
    double CapacityLitres,
    [property: Range(1, CatalogueRules.MaxWeightGrams)] int WeightGrams,
    [property: RegularExpression(Countries.Pattern), MaxLength(Countries.CodeLength)] string OriginCountry,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? Moq,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? ProductMoq,
    Money? PriceAtMoq,
    PriceAtQuantityResponse? PriceAtQuantity,
    bool InStock,
    [property: Range(0, int.MaxValue)] int VariantCount,
    [property: Range(0, CatalogueRules.MaxLeadTimeDays)] int LeadTimeDays,
    DateTime CreatedAt,
    Images.ImageResponse? Image = null);

public sealed record PriceAtQuantityResponse([property: Range(1, ListProductsRequest.MaxPriceAtQuantity)] int Quantity, Money UnitPrice);
