using System.Data.Common;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>Reads products back as documents, whatever their status: one product, or the whole catalogue for export.</summary>
public static class CatalogueReads
{
    private const string ProductColumns = """
        SELECT product_id, category_key, status, name, description, material, material_grade, capacity_litres, height_cm,
          width_cm, depth_cm, weight_grams, max_load_kg, lining, zipper, stitches_per_inch, water_resistance, uv_stabilised,
          origin_country, hs_code, lead_time_days, product_moq, version, created_at_ms, updated_at_ms
        FROM products
        """;

    private const string VariantColumns = """
        SELECT sku, product_id, status, colour, material, moq, order_increment, carton_size, max_per_order, sample_price_cents,
          sample_max, stock_on_hand, stock_reserved, carton_length_cm, carton_width_cm, carton_height_cm, carton_gross_weight_g,
          inner_pack, sample_lead_days, version, created_at_ms, updated_at_ms
        FROM variants
        """;

    public const string SelectProductBatch = ProductColumns + "\nWHERE product_id = @Id;\n" + """
        SELECT product_id, feature AS value FROM product_features WHERE product_id = @Id;
        SELECT product_id, standard AS value FROM certificates WHERE product_id = @Id AND scope = 'product' AND source = 'declared';
        """ + "\n" + VariantColumns + "\nWHERE product_id = @Id;\n" + """
        SELECT t.sku, t.min_quantity, t.unit_price_cents
        FROM price_tiers t JOIN variants v ON v.sku = t.sku
        WHERE v.product_id = @Id;
        SELECT product_id, language, name, description FROM product_translations WHERE product_id = @Id;
        """;

    public const string SelectCatalogueBatch = ProductColumns + ";\n" + """
        SELECT product_id, feature AS value FROM product_features;
        SELECT product_id, standard AS value FROM certificates WHERE scope = 'product' AND source = 'declared';
        """ + "\n" + VariantColumns + ";\n" + """
        SELECT sku, min_quantity, unit_price_cents FROM price_tiers;
        SELECT product_id, language, name, description FROM product_translations;
        """;

    public const string SelectProductIdOfSku = "SELECT product_id FROM variants WHERE sku = @Sku;";

    public static async Task<StoredProduct?> LoadAsync(DbConnection connection, DbTransaction? transaction, string sql, string productId) =>
        (await ReadAsync(connection, transaction, sql, new { Id = productId })).SingleOrDefault();

    /// <summary>Every product, ordered by id.</summary>
    public static Task<IReadOnlyList<StoredProduct>> LoadAllAsync(DbConnection connection, DbTransaction? transaction, string sql) =>
        ReadAsync(connection, transaction, sql, null);

    private static async Task<IReadOnlyList<StoredProduct>> ReadAsync(DbConnection connection, DbTransaction? transaction, string sql, object? parameters)
    {
        await using var results = await connection.QueryMultipleAsync(sql, parameters, transaction);
        var products = (await results.ReadAsync<ProductRow>()).AsList();
        var features = (await results.ReadAsync<KeyRow>()).ToLookup(r => r.ProductId, r => r.Value, StringComparer.Ordinal);
        var certifications = (await results.ReadAsync<KeyRow>()).ToLookup(r => r.ProductId, r => r.Value, StringComparer.Ordinal);
        var variants = (await results.ReadAsync<VariantRow>()).ToLookup(v => v.ProductId, StringComparer.Ordinal);
        var tiers = (await results.ReadAsync<TierRow>()).ToLookup(t => t.Sku, StringComparer.Ordinal);
        var translations = (await results.ReadAsync<TranslationRow>()).ToLookup(t => t.ProductId, StringComparer.Ordinal);

        return products.OrderBy(p => p.ProductId, StringComparer.Ordinal).Select(p =>
        {
            var skus = variants[p.ProductId].OrderBy(v => v.Sku, StringComparer.Ordinal).ToList();
            var document = new ProductDocument
            {
                Id = p.ProductId, Category = p.CategoryKey, Status = p.Status, Name = p.Name, Description = p.Description,
                Translations = TranslationRow.Document(translations[p.ProductId]),
                Specs = new ProductSpecsDocument
                {
                    Material = p.Material, MaterialGrade = p.MaterialGrade, CapacityLitres = p.CapacityLitres, HeightCm = p.HeightCm,
                    WidthCm = p.WidthCm, DepthCm = p.DepthCm, WeightGrams = p.WeightGrams, MaxLoadKg = p.MaxLoadKg, Lining = p.Lining,
                    Zipper = p.Zipper, StitchesPerInch = p.StitchesPerInch, WaterResistance = p.WaterResistance, UvStabilised = p.UvStabilised == 1,
                },
                Features = features[p.ProductId].Order(StringComparer.Ordinal).ToList(),
                Certifications = certifications[p.ProductId].Order(StringComparer.Ordinal).ToList(),
                OriginCountry = p.OriginCountry, HsCode = p.HsCode, LeadTimeDays = p.LeadTimeDays, ProductMoq = p.ProductMoq,
                CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(p.CreatedAtMs),
                Variants = skus.Select(v => v.ToDocument(tiers[v.Sku])).ToList(),
            };
            return new StoredProduct(document, p.Version, p.CreatedAtMs, p.UpdatedAtMs, skus.ToDictionary(
                v => v.Sku, v => new StoredVariant(v.Version, v.StockReserved, v.CreatedAtMs, v.UpdatedAtMs), StringComparer.Ordinal));
        }).ToList();
    }

    public sealed class ProductRow
    {
        public string ProductId { get; init; } = "";
        public string CategoryKey { get; init; } = "";
        public string Status { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
        public string Material { get; init; } = "";
        public string MaterialGrade { get; init; } = "";
        public double CapacityLitres { get; init; }
        public double HeightCm { get; init; }
        public double WidthCm { get; init; }
        public double DepthCm { get; init; }
        public int WeightGrams { get; init; }
        public double MaxLoadKg { get; init; }
        public string Lining { get; init; } = "";
        public string Zipper { get; init; } = "";
        public int StitchesPerInch { get; init; }
        public string WaterResistance { get; init; } = "";
        public int UvStabilised { get; init; }
        public string OriginCountry { get; init; } = "";
        public string HsCode { get; init; } = "";
        public int LeadTimeDays { get; init; }
        public int? ProductMoq { get; init; }
        public int Version { get; init; }
        public long CreatedAtMs { get; init; }
        public long UpdatedAtMs { get; init; }
    }

    public sealed class TranslationRow
    {
        public string ProductId { get; init; } = "";
        public string Language { get; init; } = "";
        public string? Name { get; init; }
        public string? Description { get; init; }

        public static ProductTranslationsDocument? Document(IEnumerable<TranslationRow> rows) => ProductTranslationsDocument.Normalise(
            rows.Aggregate(new ProductTranslationsDocument(), (all, r) => all.With(r.Language, new ProductTextDocument { Name = r.Name, Description = r.Description })));
    }

    public sealed class KeyRow
    {
        public string ProductId { get; init; } = "";
        public string Value { get; init; } = "";
    }

    public sealed class VariantRow
    {
        public string Sku { get; init; } = "";
        public string ProductId { get; init; } = "";
        public string Status { get; init; } = "";
        public string Colour { get; init; } = "";
        public string Material { get; init; } = "";
        public int Moq { get; init; }
        public int OrderIncrement { get; init; }
        public int CartonSize { get; init; }
        public int? MaxPerOrder { get; init; }
        public long? SamplePriceCents { get; init; }
        public int? SampleMax { get; init; }
        public int? SampleLeadDays { get; init; }
        public int StockOnHand { get; init; }
        public int StockReserved { get; init; }
        public int? CartonLengthCm { get; init; }
        public int? CartonWidthCm { get; init; }
        public int? CartonHeightCm { get; init; }
        public int? CartonGrossWeightG { get; init; }
        public string? InnerPack { get; init; }
        public int Version { get; init; }
        public long CreatedAtMs { get; init; }
        public long UpdatedAtMs { get; init; }

        public VariantDocument ToDocument(IEnumerable<TierRow> tiers) => new()
        {
            Sku = Sku, Status = Status, Colour = Colour, Material = Material, Moq = Moq, OrderIncrement = OrderIncrement,
            CartonSize = CartonSize, MaxPerOrder = MaxPerOrder,
            SamplePriceUsd = SamplePriceCents is { } cents ? Money.FromUsdCents(cents).Amount : null, SampleMax = SampleMax,
            SampleLeadDays = SampleLeadDays, StockOnHand = StockOnHand,
            Packing = CartonLengthCm is null ? null : new PackingDocument
            {
                CartonLengthCm = CartonLengthCm, CartonWidthCm = CartonWidthCm, CartonHeightCm = CartonHeightCm,
                CartonGrossWeightKg = CartonGrossWeightG is { } grams ? decimal.Round(grams / 1000m, 2) : null, InnerPack = InnerPack,
            },
            PriceTiers = tiers.OrderBy(t => t.MinQuantity)
                .Select(t => new PriceTierDocument { MinQuantity = t.MinQuantity, UnitPriceUsd = Money.FromUsdCents(t.UnitPriceCents).Amount }).ToList(),
        };
    }
}
