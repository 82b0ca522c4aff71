using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Customization;
using Dapper;

namespace Backpack.Catalog.Api.Features.Catalogue.GetProduct;

internal static class GetProductData
{
    private const string SelectProduct = """
        SELECT p.product_id, p.category_key, COALESCE(tr.name, p.name) AS name, COALESCE(tr.description, p.description) AS description, p.material, p.material_grade, p.capacity_litres,
          p.height_cm, p.width_cm, p.depth_cm, p.weight_grams, p.max_load_kg, p.lining, p.zipper, p.stitches_per_inch,
          p.water_resistance, p.uv_stabilised, p.origin_country, p.hs_code, p.lead_time_days, p.product_moq,
          p.created_at_ms, p.updated_at_ms
        FROM products p LEFT JOIN product_translations tr ON tr.product_id = p.product_id AND tr.language = @Language
        WHERE p.product_id = @Id AND p.status = 'published';
        """;

    private const string SelectFeatures = "SELECT f.feature FROM product_features f WHERE f.product_id = @Id ORDER BY f.feature;\n";

    private const string SelectCertifications =
        "SELECT c.certification FROM product_certifications c WHERE c.product_id = @Id ORDER BY c.certification;\n";

    private const string SelectCertificates = "SELECT " + Compliance.ComplianceStore.CertificateColumns + """

        FROM certificates c
        WHERE c.product_id = @Id
           OR c.sku IN (SELECT v.sku FROM variants v WHERE v.product_id = @Id AND v.status = 'active')
           OR c.factory_country = (SELECT p.origin_country FROM products p WHERE p.product_id = @Id)
        ORDER BY c.standard, c.certificate_id;

        """;

    private const string SelectVariants = "SELECT " + VariantRow.Columns + " FROM variants v WHERE v.product_id = @Id AND v.status = 'active' ORDER BY v.sku;\n";

    private const string SelectTiers = """
        SELECT t.sku, t.min_quantity, t.unit_price_cents
        FROM price_tiers t JOIN variants v ON v.sku = t.sku
        WHERE v.product_id = @Id AND v.status = 'active'
        ORDER BY t.sku, t.min_quantity;

        """;

    private const string SelectSequence = "SELECT last_sequence FROM catalogue_sequence WHERE singleton = 1;";

    /// <summary>One round trip for the whole product; the customisation options come from the cache, at the sequence read here.</summary>
    public const string SelectProductBatch = SelectProduct + SelectFeatures + SelectCertifications + SelectCertificates + SelectVariants + SelectTiers + Images.CatalogueImages.OfProduct + Localization.CatalogueLabels.SelectOfProduct + SelectSequence;

    public static async Task<ProductResponse?> QueryAsync(DbConnection connection, string sql, string id, string language, CustomizationOptionsCache options)
    {
        await using var results = await connection.QueryMultipleAsync(sql, new { Id = id, Language = language });
        var product = await results.ReadSingleOrDefaultAsync<CatalogueReads.ProductRow>();
        if (product is null)
        {
            return null;
        }

        var features = (await results.ReadAsync<string>()).AsList();
        var certifications = (await results.ReadAsync<string>()).AsList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var certificates = (await results.ReadAsync<Compliance.CertificateRow>()).Where(c => c.IsValidOn(today))
            .Select(c => new ProductCertificateResponse(c.CertificateId, c.Standard, c.Scope, c.Sku, c.Issuer, c.Number, c.From, c.To, c.DocumentUrl, c.DocumentHref, c.Source))
            .ToList();
        var variants = (await results.ReadAsync<VariantRow>()).AsList();
        var tiers = (await results.ReadAsync<TierRow>()).ToLookup(t => t.Sku, StringComparer.Ordinal);
        var images = (await results.ReadAsync<Images.ImageRow>()).Select(Images.ImageResponse.From).ToList();
        var labels = (await results.ReadAsync<Localization.LabelRow>()).Select(l => l.ToLabel()).ToList();
        var sequence = await results.ReadSingleAsync<long>();

        return new ProductResponse(
            product.ProductId, product.CategoryKey, product.Name, product.Description,
            new ProductSpecsResponse(
                product.CapacityLitres, new DimensionsResponse(product.HeightCm, product.WidthCm, product.DepthCm),
                product.WeightGrams, product.MaxLoadKg, product.Material, product.MaterialGrade, product.Lining,
                product.Zipper, product.StitchesPerInch, product.WaterResistance, product.UvStabilised == 1),
            features, certifications, certificates, product.OriginCountry, product.HsCode, product.LeadTimeDays, product.ProductMoq,
            variants.Select(v => v.ToResponse(product.LeadTimeDays, tiers[v.Sku])).ToList(),
            OfferedCustomizationResponse.For(await options.AtAsync(connection, sequence), product.CategoryKey, variants.Select(v => v.Sku).ToList(), language),
            images,
            DateTimeOffset.FromUnixTimeMilliseconds(product.CreatedAtMs).UtcDateTime,
            DateTimeOffset.FromUnixTimeMilliseconds(product.UpdatedAtMs).UtcDateTime)
        {
            Language = language,
            FeatureLabels = Localization.CatalogueLabels.For(labels, Localization.CatalogueLabels.Feature, features, language),
            CertificationLabels = Localization.CatalogueLabels.For(labels, Localization.CatalogueLabels.Certification, certifications, language),
        };
    }
}
