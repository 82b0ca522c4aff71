namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

internal static class CatalogueSeedSql
{
    public const string CountCategories = "SELECT COUNT(*) FROM categories";

    public const string InsertCategory = """
        INSERT INTO categories (category_key, name, description, sort_order)
        VALUES (@Key, @Name, @Description, @SortOrder)
        """;

    public const string InsertProduct = """
        INSERT INTO products (
          product_id, category_key, name, description, material, material_grade, capacity_litres,
          height_cm, width_cm, depth_cm, weight_grams, max_load_kg, lining, zipper, stitches_per_inch,
          water_resistance, uv_stabilised, origin_country, hs_code, lead_time_days, product_moq, status,
          created_at_ms, updated_at_ms)
        VALUES (
          @Id, @Category, @Name, @Description, @Material, @MaterialGrade, @CapacityLitres,
          @HeightCm, @WidthCm, @DepthCm, @WeightGrams, @MaxLoadKg, @Lining, @Zipper, @StitchesPerInch,
          @WaterResistance, @UvStabilised, @OriginCountry, @HsCode, @LeadTimeDays, @ProductMoq, 'published',
          @CreatedAtMs, @CreatedAtMs)
        """;

    public const string InsertFeature = "INSERT INTO product_features (product_id, feature) VALUES (@ProductId, @Value)";

    public const string InsertCertification =
        "INSERT INTO product_certifications (product_id, certification) VALUES (@ProductId, @Value)";

    public const string InsertVariant = """
        INSERT INTO variants (
          sku, product_id, colour, material, moq, order_increment, carton_size, max_per_order,
          sample_price_cents, sample_max, stock_on_hand, created_at_ms, updated_at_ms)
        VALUES (
          @Sku, @ProductId, @Colour, @Material, @Moq, @OrderIncrement, @CartonSize, @MaxPerOrder,
          @SamplePriceCents, @SampleMax, @StockOnHand, @CreatedAtMs, @CreatedAtMs)
        """;

    public const string InsertTier = """
        INSERT INTO price_tiers (sku, min_quantity, unit_price_cents)
        VALUES (@Sku, @MinQuantity, @UnitPriceCents)
        """;

    public const string CountAccounts = "SELECT (SELECT COUNT(*) FROM distributors) + (SELECT COUNT(*) FROM api_keys)";

    public const string InsertDistributor = """
        INSERT INTO distributors (
          distributor_id, company_name, country, default_currency, default_incoterm, deposit_percent, payment_terms,
          created_at_ms, updated_at_ms)
        VALUES (@Id, @CompanyName, @Country, @DefaultCurrency, @DefaultIncoterm, @DepositPercent, @PaymentTerms, @NowMs, @NowMs)
        """;

    public const string InsertApiKey = """
        INSERT INTO api_keys (key_id, key_hash, role, distributor_id, label, created_at_ms)
        VALUES (@KeyId, @KeyHash, @Role, @DistributorId, @Label, @NowMs)
        """;
}
