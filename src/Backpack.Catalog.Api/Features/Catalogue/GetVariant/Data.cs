using System.Data.Common;
using Dapper;

namespace Backpack.Catalog.Api.Features.Catalogue.GetVariant;

internal static class GetVariantData
{
    private const string SelectVariant = "SELECT " + VariantRow.Columns + """
        , COALESCE(tr.name, p.name) AS product_name, p.category_key, p.lead_time_days
        FROM variants v JOIN products p ON p.product_id = v.product_id
          LEFT JOIN product_translations tr ON tr.product_id = p.product_id AND tr.language = @Language
        WHERE v.sku = @Sku AND p.status = 'published' AND v.status = 'active';

        """;

    private const string SelectTiers = """
        SELECT t.sku, t.min_quantity, t.unit_price_cents
        FROM price_tiers t
        WHERE t.sku = @Sku
        ORDER BY t.min_quantity;
        """;

    public const string SelectVariantBatch = SelectVariant + SelectTiers + "\n" + Images.CatalogueImages.OfVariant;

    public sealed class VariantOfProductRow : VariantRow
    {
        public string ProductName { get; init; } = "";
        public string CategoryKey { get; init; } = "";
        public int LeadTimeDays { get; init; }
    }

    public static async Task<GetVariantResponse?> QueryAsync(DbConnection connection, string sql, string sku, string language)
    {
        await using var results = await connection.QueryMultipleAsync(sql, new { Sku = sku, Language = language });
        var variant = await results.ReadSingleOrDefaultAsync<VariantOfProductRow>();
        if (variant is null)
        {
            return null;
        }

        var tiers = (await results.ReadAsync<TierRow>()).AsList();
        var images = (await results.ReadAsync<Images.ImageRow>()).Select(Images.ImageResponse.From).ToList();
        return new GetVariantResponse(variant.ProductId, variant.ProductName, variant.CategoryKey,
            variant.ToResponse(variant.LeadTimeDays, tiers), images) { Language = language };
    }
}
