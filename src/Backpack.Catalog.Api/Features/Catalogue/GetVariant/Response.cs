using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Catalogue.GetVariant;

/// <summary>One SKU with the product it belongs to.</summary>
/// <param name="Images">Its colourway's pictures, then the pictures of the product as a whole, each group in gallery order.</param>
/// <param name="Currency">The currency every price is in: the currency parameter, USD by default.</param>
/// <param name="ExchangeRate">The USD rate the prices were converted at, and how old it is; null in USD.</param>
public sealed record GetVariantResponse(
    [property: Identifier(Ids.Product)] string ProductId,
    [property: MaxLength(CatalogueRules.MaxNameLength)] string ProductName,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))] string Category,
    VariantResponse Variant,
    [property: MaxLength(Catalogue.Images.ImageRules.MaxPerProduct)] IReadOnlyList<Catalogue.Images.ImageResponse> Images,
    PriceLists.PriceListResponse? PriceList = null,
    [property: OneOf(typeof(Pricing.Currencies), nameof(Pricing.Currencies.Codes))] string Currency = Pricing.Money.BaseCurrency,
    Pricing.QuotePreview.ExchangeRateResponse? ExchangeRate = null)
{
    /// <summary>The language productName is in (Content-Language too); a product without a translation keeps its English name.</summary>
    [OneOf(typeof(Localization.Languages), nameof(Localization.Languages.All))]
    public string Language { get; init; } = Localization.Languages.English;

    public static GetVariantResponse Example => new("classic-metro-9", "Classic Metro 9", "classic", VariantResponse.Example, [Catalogue.Images.ImageResponse.Example]);
}
