using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Catalogue.GetVariant;

/// <summary>One SKU with the product it belongs to.</summary>
public sealed record GetVariantResponse(
    [property: Identifier(Ids.Product)] string ProductId,
    [property: MaxLength(CatalogueRules.MaxNameLength)] string ProductName,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))] string Category,
    VariantResponse Variant,
    PriceLists.PriceListResponse? PriceList = null)
{
    public static GetVariantResponse Example => new("classic-metro-9", "Classic Metro 9", "classic", VariantResponse.Example);
}
