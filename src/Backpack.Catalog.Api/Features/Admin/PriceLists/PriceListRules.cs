using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.PriceLists;

/// <summary>
/// The rules a price list is held to, every broken one reported at once: a name, validity dates in order and at most three years apart,
/// each family and SKU at most once, discounts above 0 and at most 50 %, and each SKU ladder held to the same rules as the catalogue's own
/// ladder for that SKU (from its MOQ, ascending in orderable quantities, each break cheaper).
/// </summary>
public static class PriceListRules
{
    /// <summary>What the ladder rules need to know of a SKU.</summary>
    public sealed class SkuFacts
    {
        public string Sku { get; init; } = "";
        public int Moq { get; init; }
        public int OrderIncrement { get; init; }
        public int? MaxPerOrder { get; init; }
    }

    private const string SelectFacts = "SELECT sku, moq, order_increment, max_per_order FROM variants WHERE sku IN @Skus AND status = 'active'";

    public static async Task<IReadOnlyDictionary<string, SkuFacts>> FactsAsync(DbConnection connection, SqlDialect sql, PriceListDocument document)
    {
        var skus = (document.SkuLadders ?? []).Select(l => l?.Sku).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return skus.Count == 0
            ? new Dictionary<string, SkuFacts>()
            : (await connection.QueryAsync<SkuFacts>(sql.Render(SelectFacts), new { Skus = skus })).ToDictionary(f => f.Sku, StringComparer.Ordinal);
    }

    public static void Check(PriceListDocument list, IReadOnlyDictionary<string, SkuFacts> skus, Action<string, string> fail)
    {
        CatalogueRules.Text(list.Name, "name", PriceListResponse.MaxNameLength, fail);

        if (list.ValidFrom is null) fail("validFrom", "validFrom is required: the first day the list applies.");
        if (list.ValidTo is null) fail("validTo", "validTo is required: the last day the list applies.");
        if (list is { ValidFrom: { } from, ValidTo: { } to })
        {
            if (to < from) fail("validTo", $"validTo {to:yyyy-MM-dd} is before validFrom {from:yyyy-MM-dd}.");
            else if (to.DayNumber - from.DayNumber > PriceListDocument.MaxValidityDays) fail("validTo", "A price list is valid for at most three years.");
        }

        var discounts = list.FamilyDiscounts ?? [];
        var ladders = list.SkuLadders ?? [];
        if (discounts.Count == 0 && ladders.Count == 0)
        {
            fail("familyDiscounts", "A price list needs at least one family discount or SKU ladder.");
        }

        for (var i = 0; i < discounts.Count; i++)
        {
            var discount = discounts[i];
            if (discount is null)
            {
                fail($"familyDiscounts[{i}]", "Each family discount is an object with family and percentOff.");
                continue;
            }

            if (discount.Family is null || !Backpack.Catalog.Api.Features.Catalogue.CatalogueVocabulary.Categories.Contains(discount.Family))
                fail($"familyDiscounts[{i}].family", $"family must be one of: {Backpack.Catalog.Api.Features.Catalogue.CatalogueVocabulary.Describe(Backpack.Catalog.Api.Features.Catalogue.CatalogueVocabulary.Categories)}.");
            else if (discounts.FindIndex(d => d?.Family == discount.Family) < i) fail($"familyDiscounts[{i}].family", $"{discount.Family} is listed twice.");
            if (discount.PercentOff is not { } percent || percent <= 0 || percent > 50 || decimal.Round(percent, 2) != percent)
                fail($"familyDiscounts[{i}].percentOff", "percentOff must be above 0 and at most 50, with at most two decimals.");
        }

        for (var i = 0; i < ladders.Count; i++)
        {
            var ladder = ladders[i];
            var at = $"skuLadders[{i}].";
            if (ladder is null)
            {
                fail($"skuLadders[{i}]", "Each SKU ladder is an object with sku and priceTiers.");
                continue;
            }

            if (ladder.Sku is null || !skus.TryGetValue(ladder.Sku, out var facts))
            {
                fail(at + "sku", $"{ladder.Sku ?? "sku"} is not an active SKU of the catalogue.");
                continue;
            }

            if (ladders.FindIndex(l => l?.Sku == ladder.Sku) < i) fail(at + "sku", $"{ladder.Sku} is listed twice.");
            if (ladder.PriceTiers?.IndexOf(null!) is { } missing and >= 0)
            {
                fail($"{at}priceTiers[{missing}]", "Each tier is an object with minQuantity and unitPriceUsd.");
                continue;
            }

            CatalogueRules.CheckLadder(ladder.PriceTiers, at, facts.Moq, facts.OrderIncrement, facts.MaxPerOrder, fail);
        }
    }

    public static PriceList ToList(string distributorId, PriceListDocument document, int version) => new(
        distributorId, document.Name!, document.ValidFrom!.Value, document.ValidTo!.Value,
        (document.FamilyDiscounts ?? []).Select(d => new FamilyDiscount(d.Family!, d.PercentOff!.Value)).ToList(),
        (document.SkuLadders ?? []).Select(l => new SkuLadder(l.Sku!, l.PriceTiers!
            .Select(t => new PriceBreak(t.MinQuantity!.Value, (long)(t.UnitPriceUsd!.Value * 100))).ToList())).ToList(),
        version);
}
