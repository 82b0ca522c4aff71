using System.Data.Common;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Customization;
using Dapper;

namespace Backpack.Catalog.Api.Features.Pricing;

/// <summary>The variants, product rules and tier ladders that pricing a set of SKUs needs, in one round trip.</summary>
internal static class PricingData
{
    private const string SelectVariants = "SELECT " + VariantRow.Columns + """
        , p.product_moq, p.lead_time_days, p.origin_country, p.hs_code, p.weight_grams, p.category_key
        FROM variants v JOIN products p ON p.product_id = v.product_id
        WHERE v.sku IN @Skus AND p.status = 'published' AND v.status = 'active';

        """;

    private const string SelectTiers = """
        SELECT t.sku, t.min_quantity, t.unit_price_cents
        FROM price_tiers t
        WHERE t.sku IN @Skus
        ORDER BY t.sku, t.min_quantity;
        """;

    public const string SelectPricingBatch = SelectVariants + SelectTiers;

    /// <summary>The catalogue's variant row plus the product rules pricing needs.</summary>
    public sealed class PricingRow : VariantRow
    {
        public int? ProductMoq { get; init; }
        public int LeadTimeDays { get; init; }
        public string OriginCountry { get; init; } = "";
        public string HsCode { get; init; } = "";
        public int WeightGrams { get; init; }
        public string CategoryKey { get; init; } = "";
    }

    public sealed record PricedVariant(PricingRow Row, VariantPricing Pricing);

    /// <summary>The customisation options by id, read only when some line asks for one.</summary>
    public static async Task<IReadOnlyDictionary<string, CustomizationOption>> OptionsAsync(DbConnection connection, IReadOnlyList<LineItemRequest> lines) =>
        lines.Any(l => l.Customizations is { Count: > 0 })
            ? (await CustomizationData.AllAsync(connection)).ToDictionary(o => o.Id, StringComparer.Ordinal)
            : new Dictionary<string, CustomizationOption>();

    /// <summary>Customisation pricing for the lines whose SKUs are known, numbered from 1 as in the request.</summary>
    public static CustomizationPricing Customize(
        IReadOnlyList<LineItemRequest> lines, IReadOnlyDictionary<string, PricedVariant> variants, IReadOnlyDictionary<string, CustomizationOption> options) =>
        CustomizationBook.Evaluate(lines
            .Select((l, i) => (Line: l, Number: i + 1))
            .Where(x => variants.ContainsKey(x.Line.Sku!))
            .Select(x => new CustomizationLine(x.Number, x.Line.Sku!, variants[x.Line.Sku!].Row.CategoryKey, x.Line.Quantity!.Value, x.Line.Sample == true,
                x.Line.Customizations ?? []))
            .ToList(), options);

    /// <summary>The SKUs' pricing, each ladder as <paramref name="priceList"/> (when one applies to the caller) makes it.</summary>
    public static async Task<IReadOnlyDictionary<string, PricedVariant>> QueryAsync(
        DbConnection connection, string sql, IReadOnlyCollection<string> skus, PriceLists.PriceList? priceList)
    {
        await using var results = await connection.QueryMultipleAsync(sql, new { Skus = skus });
        var variants = (await results.ReadAsync<PricingRow>()).AsList();
        var tiers = (await results.ReadAsync<TierRow>()).ToLookup(t => t.Sku, StringComparer.Ordinal);
        return variants.ToDictionary(
            v => v.Sku,
            v => new PricedVariant(v, new VariantPricing(v.Sku, v.Moq, v.OrderIncrement, v.MaxPerOrder,
                Ladder(v, tiers[v.Sku].Select(t => new PriceBreak(t.MinQuantity, t.UnitPriceCents)).ToList(), priceList), v.SamplePriceCents, v.SampleMax)),
            StringComparer.Ordinal);
    }

    private static IReadOnlyList<PriceBreak> Ladder(PricingRow variant, IReadOnlyList<PriceBreak> listLadder, PriceLists.PriceList? priceList) =>
        priceList is null ? listLadder : priceList.Apply(variant.Sku, variant.CategoryKey, listLadder);
}
