using System.Data.Common;
using Dapper;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

internal static class ListProductsData
{
    // Every filter is spelled once; an absent one is a NULL parameter, so each sort is a single
    // fixed statement that the T-SQL parser test sees as it is sent. Without priceAtQuantity the CASE skips
    // that per-row subquery, a tenth of the statement's work. A repeatable filter has a fixed number of slots
    // (@Category0…@Category9): the unused ones are NULL, which IN never matches. Names, the name sort and q are in the language
    // asked: its translation where there is one, English where not (English itself has no translation rows, so it joins nothing).
    private static readonly string FilteredProducts = $"""
        SELECT p.product_id, p.category_key, COALESCE(tr.name, p.name) AS name, p.material, p.material_grade, p.capacity_litres,
          p.weight_grams, p.origin_country, p.lead_time_days, p.product_moq, p.created_at_ms,
          (SELECT MIN(v.moq) FROM variants v WHERE v.product_id = p.product_id AND v.status = 'active') AS min_moq,
          (SELECT COUNT(*) FROM variants v WHERE v.product_id = p.product_id AND v.status = 'active') AS variant_count,
          (SELECT COUNT(*) FROM variants v WHERE v.product_id = p.product_id AND v.status = 'active' AND v.stock_on_hand > v.stock_reserved) AS variants_in_stock,
          (SELECT MIN(t.unit_price_cents) FROM variants v JOIN price_tiers t ON t.sku = v.sku
            WHERE v.product_id = p.product_id AND v.status = 'active' AND t.min_quantity <= v.moq) AS price_at_moq_cents,
          CASE WHEN @PriceAtQuantity IS NULL THEN NULL ELSE (SELECT MIN(t.unit_price_cents) FROM variants v JOIN price_tiers t ON t.sku = v.sku
            WHERE v.product_id = p.product_id AND v.status = 'active' AND v.moq <= @PriceAtQuantity AND t.min_quantity <= @PriceAtQuantity
              AND (v.max_per_order IS NULL OR v.max_per_order >= @PriceAtQuantity)) END AS price_at_quantity_cents
        FROM products p LEFT JOIN product_translations tr ON tr.product_id = p.product_id AND tr.language = @Language
        WHERE p.status = 'published'
          AND (@Category0 IS NULL OR p.category_key IN ({FilterSlots.List(nameof(ProductFilters.Category))}))
          AND (@Material0 IS NULL OR p.material IN ({FilterSlots.List(nameof(ProductFilters.Material))})
            OR EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.product_id AND v.status = 'active'
              AND v.material IN ({FilterSlots.List(nameof(ProductFilters.Material))})))
          AND (@MinCapacity IS NULL OR p.capacity_litres >= @MinCapacity)
          AND (@MaxCapacity IS NULL OR p.capacity_litres <= @MaxCapacity)
          AND (@CertificationCount = 0 OR (SELECT COUNT(DISTINCT c.certification) FROM product_certifications c
            WHERE c.product_id = p.product_id AND c.certification IN ({FilterSlots.List(nameof(ProductFilters.Certification))})) = @CertificationCount)
          AND (@FeatureCount = 0 OR (SELECT COUNT(DISTINCT f.feature) FROM product_features f
            WHERE f.product_id = p.product_id AND f.feature IN ({FilterSlots.List(nameof(ProductFilters.Feature))})) = @FeatureCount)
          AND (@MaxMoq IS NULL OR ((p.product_moq IS NULL OR p.product_moq <= @MaxMoq)
            AND EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.product_id AND v.status = 'active' AND v.moq <= @MaxMoq)))
          AND (@InStock IS NULL
            OR (@InStock = 1 AND EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.product_id AND v.status = 'active' AND v.stock_on_hand > v.stock_reserved))
            OR (@InStock = 0 AND NOT EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.product_id AND v.status = 'active' AND v.stock_on_hand > v.stock_reserved)))
          AND (@Search IS NULL OR COALESCE(tr.name, p.name) LIKE @Search ESCAPE '\' OR COALESCE(tr.description, p.description) LIKE @Search ESCAPE '\')
        """;

    // Products without a priced SKU sort last by price rather than dropping out of the keyset.
    private const string PriceKey = "COALESCE(x.price_at_moq_cents, CAST(9000000000000000 AS BIGINT))";
    private const string UnitPriceKey = "COALESCE(x.price_at_quantity_cents, CAST(9000000000000000 AS BIGINT))";

    public static readonly string ByName = Page("x.name", descending: false);
    public static readonly string ByNameDescending = Page("x.name", descending: true);
    public static readonly string ByCapacity = Page("x.capacity_litres", descending: false);
    public static readonly string ByCapacityDescending = Page("x.capacity_litres", descending: true);
    public static readonly string ByPriceAtMoq = Page(PriceKey, descending: false);
    public static readonly string ByPriceAtMoqDescending = Page(PriceKey, descending: true);
    public static readonly string ByUnitPrice = Page(UnitPriceKey, descending: false);
    public static readonly string ByUnitPriceDescending = Page(UnitPriceKey, descending: true);
    public static readonly string ByNewest = Page("x.created_at_ms", descending: true);

    public static string For(ProductSort sort) => (sort.Key, sort.Descending) switch
    {
        (ProductSortKey.Name, false) => ByName,
        (ProductSortKey.Name, true) => ByNameDescending,
        (ProductSortKey.Capacity, false) => ByCapacity,
        (ProductSortKey.Capacity, true) => ByCapacityDescending,
        (ProductSortKey.PriceAtMoq, false) => ByPriceAtMoq,
        (ProductSortKey.PriceAtMoq, true) => ByPriceAtMoqDescending,
        (ProductSortKey.UnitPrice, false) => ByUnitPrice,
        (ProductSortKey.UnitPrice, true) => ByUnitPriceDescending,
        _ => ByNewest,
    };

    private static string Page(string key, bool descending)
    {
        var (after, direction) = descending ? ("<", "DESC") : (">", "ASC");
        return $"""
            SELECT x.*, {key} AS sort_key,
              ci.image_id AS cover_image_id, ci.position AS cover_position, ci.alt_text_json AS cover_alt_text_json,
              ci.renditions_json AS cover_renditions_json
            FROM (
            {FilteredProducts}
            ) x
            {CoverJoin}
            WHERE (@PriceAtQuantity IS NULL OR x.price_at_quantity_cents IS NOT NULL)
              AND (@MaxUnitPriceCents IS NULL OR x.price_at_quantity_cents <= @MaxUnitPriceCents)
              AND (@AfterId IS NULL OR {key} {after} @AfterKey OR ({key} = @AfterKey AND x.product_id {after} @AfterId))
            ORDER BY {key} {direction}, x.product_id {direction}
            LIMIT @Limit
            """;
    }

    // Each row's cover, its first picture of the product as a whole, in the same statement: a second query with a parameter per
    // product on the page cost more than the page itself. "First" is written without LIMIT so that both dialects take it.
    private const string CoverJoin = """
        LEFT JOIN product_images ci ON ci.product_id = x.product_id AND ci.sku IS NULL
          AND NOT EXISTS (SELECT 1 FROM product_images cj WHERE cj.product_id = ci.product_id AND cj.sku IS NULL
            AND (cj.position < ci.position OR (cj.position = ci.position AND (cj.created_at_ms < ci.created_at_ms
              OR (cj.created_at_ms = ci.created_at_ms AND cj.image_id < ci.image_id)))))
        """;

    /// <summary>The whole filtered list (every page) with what the facets count: the products, their SKUs' materials, features and
    /// certifications.</summary>
    public static readonly string Facets = $"""
        SELECT x.product_id, x.category_key, x.material, x.capacity_litres FROM ({FilteredProducts}) x {PriceFilter};
        SELECT v.product_id, v.material FROM variants v
        WHERE v.status = 'active' AND v.product_id IN (SELECT x.product_id FROM ({FilteredProducts}) x {PriceFilter});
        SELECT f.product_id, f.feature FROM product_features f
        WHERE f.product_id IN (SELECT x.product_id FROM ({FilteredProducts}) x {PriceFilter});
        SELECT c.product_id, c.certification FROM product_certifications c
        WHERE c.product_id IN (SELECT x.product_id FROM ({FilteredProducts}) x {PriceFilter});
        """;

    private const string PriceFilter = """
        WHERE (@PriceAtQuantity IS NULL OR x.price_at_quantity_cents IS NOT NULL)
          AND (@MaxUnitPriceCents IS NULL OR x.price_at_quantity_cents <= @MaxUnitPriceCents)
        """;

    public sealed class ProductRow
    {
        public string ProductId { get; init; } = "";
        public string CategoryKey { get; init; } = "";
        public string Name { get; init; } = "";
        public string Material { get; init; } = "";
        public string MaterialGrade { get; init; } = "";
        public double CapacityLitres { get; init; }
        public int WeightGrams { get; init; }
        public string OriginCountry { get; init; } = "";
        public int LeadTimeDays { get; init; }
        public int? ProductMoq { get; init; }
        public long CreatedAtMs { get; init; }
        public int? MinMoq { get; init; }
        public int VariantCount { get; init; }
        public int VariantsInStock { get; init; }
        public long? PriceAtMoqCents { get; init; }
        public long? PriceAtQuantityCents { get; init; }
        public object SortKey { get; init; } = "";
        public string? CoverImageId { get; init; }
        public int CoverPosition { get; init; }
        public string? CoverAltTextJson { get; init; }
        public string? CoverRenditionsJson { get; init; }

        public Images.ImageResponse? Cover => CoverImageId is null ? null : Images.ImageResponse.From(new Images.ImageRow
        {
            ImageId = CoverImageId, ProductId = ProductId, Position = CoverPosition, AltTextJson = CoverAltTextJson!,
            RenditionsJson = CoverRenditionsJson!,
        });
    }

    public static async Task<IReadOnlyList<ProductRow>> QueryAsync(DbConnection connection, string sql, DynamicParameters parameters) =>
        (await connection.QueryAsync<ProductRow>(sql, parameters)).AsList();
}
