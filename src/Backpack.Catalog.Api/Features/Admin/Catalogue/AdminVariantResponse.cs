using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>A SKU as the catalogue owner sees it: its terms, ladder and stock, whatever its status.</summary>
/// <param name="StockOnHand">Units physically in stock.</param>
/// <param name="StockReserved">Units open orders hold; stock on hand cannot be set below this.</param>
/// <param name="StockAvailable">On hand less reserved: what the public catalogue shows as available.</param>
/// <param name="Packing">The master carton's size and gross weight and the inner pack; null when never recorded.</param>
/// <param name="Version">Bumped by every change to this SKU, including stock that orders reserve or ship; the ETag is this number in quotes.</param>
public sealed record AdminVariantResponse(
    [property: Identifier(Ids.Sku)] string Sku,
    [property: Identifier(Ids.Product)] string ProductId,
    [property: OneOf(typeof(VariantStatuses), nameof(VariantStatuses.All))] string Status,
    [property: MaxLength(CatalogueRules.MaxColourLength)] string Colour,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Materials))] string Material,
    [property: Range(1, CatalogueRules.MaxQuantity)] int Moq,
    [property: Range(1, CatalogueRules.MaxQuantity)] int OrderIncrement,
    [property: Range(1, CatalogueRules.MaxCartonSize)] int CartonSize,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? MaxPerOrder,
    decimal? SamplePriceUsd,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? SampleMax,
    [property: Range(1, CatalogueRules.MaxSampleLeadDays)] int? SampleLeadDays,
    [property: Range(0, CatalogueRules.MaxStock)] int StockOnHand,
    [property: Range(0, CatalogueRules.MaxStock)] int StockReserved,
    [property: Range(0, CatalogueRules.MaxStock)] int StockAvailable,
    PackingDocument? Packing,
    [property: MaxLength(CatalogueRules.MaxTiers)] IReadOnlyList<PriceTierDocument> PriceTiers,
    [property: Range(1, int.MaxValue)] int Version,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static AdminVariantResponse Example => From(StoredExample.Product, StoredExample.Product.Document.Variants![0].Sku!);

    public static AdminVariantResponse From(StoredProduct stored, string sku)
    {
        var v = stored.Document.Variants!.Single(x => x.Sku == sku);
        var state = stored.Variants[sku];
        return new AdminVariantResponse(
            sku, stored.Document.Id!, v.Status!, v.Colour!, v.Material!, v.Moq!.Value, v.OrderIncrement!.Value, v.CartonSize!.Value,
            v.MaxPerOrder, v.SamplePriceUsd, v.SampleMax, v.SampleLeadDays, v.StockOnHand!.Value, state.StockReserved, v.StockOnHand.Value - state.StockReserved,
            v.Packing, v.PriceTiers!, state.Version, DateTimeOffset.FromUnixTimeMilliseconds(state.CreatedAtMs).UtcDateTime,
            DateTimeOffset.FromUnixTimeMilliseconds(state.UpdatedAtMs).UtcDateTime);
    }

    [JsonIgnore]
    public string ETag => CataloguePreconditions.ETagOf(Version);
}
