using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.PriceLists;

/// <summary>A distributor's price list as stored, with its status today and its version.</summary>
/// <param name="Status">applied, expired or scheduled, as of today (UTC).</param>
/// <param name="Etag">The list's version as an entity tag, the ETag header's value: send it as If-Match to replace or delete the list.</param>
public sealed record AdminPriceListResponse(
    [property: Identifier(Ids.Distributor)] string DistributorId,
    [property: MaxLength(PriceListResponse.MaxNameLength)] string Name,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    [property: OneOf(typeof(PriceListStates), nameof(PriceListStates.All))] string Status,
    [property: MaxLength(6)] IReadOnlyList<FamilyDiscountResponse> FamilyDiscounts,
    [property: MaxLength(PriceListDocument.MaxSkuLadders)] IReadOnlyList<SkuLadderResponse> SkuLadders,
    [property: MaxLength(16)] string Etag)
{
    public static AdminPriceListResponse Example => From(PriceListRules.ToList(DocumentExamples.DistributorId, PriceListDocument.Example, 1), new DateOnly(2026, 12, 3));

    public static AdminPriceListResponse From(PriceList list, DateOnly today) => new(
        list.DistributorId, list.Name, list.ValidFrom, list.ValidTo, list.StatusOn(today),
        list.FamilyDiscounts.Select(d => new FamilyDiscountResponse(d.Family, d.PercentOff)).ToList(),
        list.SkuLadders.Select(l => new SkuLadderResponse(l.Sku, l.Tiers.Select(t => new TierPriceResponse(t.MinQuantity, Money.FromUsdCents(t.UnitPriceCents))).ToList())).ToList(),
        list.ETag);
}

public sealed record FamilyDiscountResponse(
    [property: OneOf(typeof(Backpack.Catalog.Api.Features.Catalogue.CatalogueVocabulary), nameof(Backpack.Catalog.Api.Features.Catalogue.CatalogueVocabulary.Categories))] string Family,
    [property: Range(0.01, 50)] decimal PercentOff);

public sealed record SkuLadderResponse([property: Identifier(Ids.Sku)] string Sku, [property: MaxLength(CatalogueRules.MaxTiers)] IReadOnlyList<TierPriceResponse> PriceTiers);

public sealed record TierPriceResponse([property: Range(1, CatalogueRules.MaxQuantity)] int MinQuantity, Money UnitPrice);
