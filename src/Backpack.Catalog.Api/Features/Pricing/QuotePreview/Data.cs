using System.Data.Common;
using Backpack.Catalog.Api.Features.Catalogue;
using Dapper;

namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

internal static class QuotePreviewData
{
    private const string SelectVariants = """
        SELECT v.sku, v.product_id, v.moq, v.order_increment, v.max_per_order, v.sample_price_cents, v.sample_max,
          v.stock_on_hand, p.product_moq, p.lead_time_days
        FROM variants v JOIN products p ON p.product_id = v.product_id
        WHERE v.sku IN @Skus AND p.status = 'published';

        """;

    private const string SelectTiers = """
        SELECT t.sku, t.min_quantity, t.unit_price_cents
        FROM price_tiers t
        WHERE t.sku IN @Skus
        ORDER BY t.sku, t.min_quantity;
        """;

    public const string SelectPricingBatch = SelectVariants + SelectTiers;

    public sealed class PricingRow
    {
        public string Sku { get; init; } = "";
        public string ProductId { get; init; } = "";
        public int Moq { get; init; }
        public int OrderIncrement { get; init; }
        public int? MaxPerOrder { get; init; }
        public long? SamplePriceCents { get; init; }
        public int? SampleMax { get; init; }
        public int StockOnHand { get; init; }
        public int? ProductMoq { get; init; }
        public int LeadTimeDays { get; init; }
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
