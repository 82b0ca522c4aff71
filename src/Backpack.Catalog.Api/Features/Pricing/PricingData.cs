using System.Data.Common;
using Backpack.Catalog.Api.Features.Catalogue;
using Dapper;

namespace Backpack.Catalog.Api.Features.Pricing;

/// <summary>The variants, product rules and tier ladders that pricing a set of SKUs needs, in one round trip.</summary>
internal static class PricingData
{
    private const string SelectVariants = "SELECT " + VariantRow.Columns + """
        , p.product_moq, p.lead_time_days, p.origin_country, p.hs_code, p.weight_grams
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
    }

    public sealed record PricedVariant(PricingRow Row, VariantPricing Pricing);

    public static async Task<IReadOnlyDictionary<string, PricedVariant>> QueryAsync(DbConnection connection, string sql, IReadOnlyCollection<string> skus)
    {
        await using var results = await connection.QueryMultipleAsync(sql, new { Skus = skus });
        var variants = (await results.ReadAsync<PricingRow>()).AsList();
        var tiers = (await results.ReadAsync<TierRow>()).ToLookup(t => t.Sku, StringComparer.Ordinal);
        return variants.ToDictionary(
            v => v.Sku,
            v => new PricedVariant(v, new VariantPricing(v.Sku, v.Moq, v.OrderIncrement, v.MaxPerOrder,
                tiers[v.Sku].Select(t => new PriceBreak(t.MinQuantity, t.UnitPriceCents)).ToList(), v.SamplePriceCents, v.SampleMax)),
            StringComparer.Ordinal);
    }
}
