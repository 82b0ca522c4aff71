using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Pricing;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>A stored version moved on between reading a resource and writing it.</summary>
public sealed class CatalogueConflictException(string message) : Exception(message);

/// <summary>What one save changed.</summary>
public sealed record SaveResult(bool ProductChanged, IReadOnlyList<string> ChangedSkus)
{
    public bool Changed => ProductChanged || ChangedSkus.Count > 0;
}

/// <summary>
/// Saves a whole product (already merged and checked) over what is stored, writing only what differs. Each product or
/// SKU that changes gets its version bumped under a guard on the version that was read, one audit entry per kind of
/// change, and a change-feed entry when a storefront could see it before or after. Saving identical content writes
/// nothing, so versions, ETags and the feed move exactly when content does.
/// </summary>
public static class CatalogueWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string InsertProduct = """
        INSERT INTO products (
          product_id, category_key, status, name, description, material, material_grade, capacity_litres, height_cm, width_cm,
          depth_cm, weight_grams, max_load_kg, lining, zipper, stitches_per_inch, water_resistance, uv_stabilised, origin_country,
          hs_code, lead_time_days, product_moq, version, created_at_ms, updated_at_ms)
        VALUES (
          @Id, @Category, @Status, @Name, @Description, @Material, @MaterialGrade, @CapacityLitres, @HeightCm, @WidthCm,
          @DepthCm, @WeightGrams, @MaxLoadKg, @Lining, @Zipper, @StitchesPerInch, @WaterResistance, @UvStabilised, @OriginCountry,
          @HsCode, @LeadTimeDays, @ProductMoq, 1, @CreatedAtMs, @NowMs);
        """;

    private const string UpdateProduct = """
        UPDATE products SET
          category_key = @Category, status = @Status, name = @Name, description = @Description, material = @Material,
          material_grade = @MaterialGrade, capacity_litres = @CapacityLitres, height_cm = @HeightCm, width_cm = @WidthCm,
          depth_cm = @DepthCm, weight_grams = @WeightGrams, max_load_kg = @MaxLoadKg, lining = @Lining, zipper = @Zipper,
          stitches_per_inch = @StitchesPerInch, water_resistance = @WaterResistance, uv_stabilised = @UvStabilised,
          origin_country = @OriginCountry, hs_code = @HsCode, lead_time_days = @LeadTimeDays, product_moq = @ProductMoq,
          version = version + 1, updated_at_ms = @NowMs
        WHERE product_id = @Id AND version = @Version;
        """;

    private const string TouchProduct = """
        UPDATE products SET version = version + 1, updated_at_ms = @NowMs WHERE product_id = @Id AND version = @Version;
        """;

    private const string DeleteTranslations = "DELETE FROM product_translations WHERE product_id = @Id;";

    private const string InsertTranslation =
        "INSERT INTO product_translations (product_id, language, name, description) VALUES (@Id, @Language, @Name, @Description);";

    private const string ReplaceKeys = "DELETE FROM product_features WHERE product_id = @Id;";

    private const string InsertFeature = "INSERT INTO product_features (product_id, feature) VALUES (@Id, @Value);";

    // A product's certifications list declares the standards it holds: each becomes a declared certificate of the product, and one
    // taken off the list is withdrawn. Recorded certificates, with their issuer and number, are the certificates admin's alone.
    private const string WithdrawDeclared = """
        DELETE FROM certificates WHERE product_id = @Id AND scope = 'product' AND source = 'declared' AND standard NOT IN @Standards;
        """;

    private const string Declare = """
        INSERT INTO certificates (certificate_id, standard, scope, product_id, valid_from, source, created_at_ms, updated_at_ms)
        SELECT @CertificateId, @Standard, 'product', @Id, @Today, 'declared', @NowMs, @NowMs
        WHERE NOT EXISTS (SELECT 1 FROM certificates WHERE product_id = @Id AND scope = 'product' AND source = 'declared' AND standard = @Standard);
        """;

    private const string InsertVariant = """
        INSERT INTO variants (
          sku, product_id, status, colour, material, moq, order_increment, carton_size, max_per_order, sample_price_cents,
          sample_max, stock_on_hand, carton_length_cm, carton_width_cm, carton_height_cm, carton_gross_weight_g, inner_pack,
          sample_lead_days, version, created_at_ms, updated_at_ms)
        VALUES (
          @Sku, @ProductId, @Status, @Colour, @Material, @Moq, @OrderIncrement, @CartonSize, @MaxPerOrder, @SamplePriceCents,
          @SampleMax, @StockOnHand, @CartonLengthCm, @CartonWidthCm, @CartonHeightCm, @CartonGrossWeightGrams, @InnerPack,
          @SampleLeadDays, 1, @CreatedAtMs, @NowMs);
        """;

    private const string UpdateVariant = """
        UPDATE variants SET
          status = @Status, colour = @Colour, material = @Material, moq = @Moq, order_increment = @OrderIncrement,
          carton_size = @CartonSize, max_per_order = @MaxPerOrder, sample_price_cents = @SamplePriceCents, sample_max = @SampleMax, sample_lead_days = @SampleLeadDays,
          stock_on_hand = @StockOnHand, carton_length_cm = @CartonLengthCm, carton_width_cm = @CartonWidthCm,
          carton_height_cm = @CartonHeightCm, carton_gross_weight_g = @CartonGrossWeightGrams, inner_pack = @InnerPack,
          version = version + 1, updated_at_ms = @NowMs
        WHERE sku = @Sku AND version = @Version;
        """;

    private const string DeleteTiers = "DELETE FROM price_tiers WHERE sku = @Sku;";

    private const string InsertTier = "INSERT INTO price_tiers (sku, min_quantity, unit_price_cents) VALUES (@Sku, @MinQuantity, @UnitPriceCents);";

    /// <summary>A new product's createdAt is the document's when it has one (an import may carry the original date), otherwise now.</summary>
    public static async Task<SaveResult> SaveAsync(
        DbConnection connection, DbTransaction transaction, StoredProduct? stored, ProductDocument product, WriteContext context)
    {
        var id = product.Id!;
        var audit = new List<AuditEntry>();
        var feed = new List<FeedEntry>();
        var visibleBefore = stored?.Document.Status == ProductStatuses.Published;
        var visibleAfter = product.Status == ProductStatuses.Published;

        var productBefore = stored is null ? null : ProductFields(stored.Document);
        var productAfter = ProductFields(product);
        var productDiff = CatalogueAuditLog.Diff(productBefore, productAfter);
        var statusChanged = productDiff.Remove("status");
        var productChanged = productDiff.Count > 0 || statusChanged;
        if (stored is null)
        {
            await connection.ExecuteAsync(InsertProduct, ProductParameters(product, context.NowMs, product.CreatedAt?.ToUnixTimeMilliseconds() ?? context.NowMs), transaction);
            await InsertKeysAsync(connection, transaction, product, context.NowMs);
            await InsertTranslationsAsync(connection, transaction, product);
            audit.Add(new AuditEntry("product.created", AuditResources.Product, id, id, productDiff));
            if (product.Status != ProductStatuses.Draft)
            {
                audit.Add(StatusEntry(AuditResources.Product, id, id, null, product.Status!));
            }
        }
        else if (productChanged)
        {
            await GuardAsync(connection.ExecuteAsync(UpdateProduct, ProductParameters(product, context.NowMs, 0, stored.Version), transaction), "product", id);
            if (productDiff.ContainsKey("features") || productDiff.ContainsKey("certifications"))
            {
                await connection.ExecuteAsync(ReplaceKeys, new { Id = id }, transaction);
                await InsertKeysAsync(connection, transaction, product, context.NowMs);
            }

            if (productDiff.Any(change => change.Key.StartsWith("translations", StringComparison.Ordinal)))
            {
                await connection.ExecuteAsync(DeleteTranslations, new { Id = id }, transaction);
                await InsertTranslationsAsync(connection, transaction, product);
            }

            if (productDiff.Count > 0) audit.Add(new AuditEntry("product.updated", AuditResources.Product, id, id, productDiff));
            if (statusChanged) audit.Add(StatusEntry(AuditResources.Product, id, id, stored.Document.Status, product.Status!));
        }

        if (productChanged && (visibleBefore || visibleAfter))
        {
            feed.Add(new FeedEntry(FeedResources.Product, id, id, visibleAfter));
        }

        var changedSkus = new List<string>();
        var skuListChanged = false;
        var storedVariants = (stored?.Document.Variants ?? []).ToDictionary(v => v.Sku!, StringComparer.Ordinal);
        foreach (var variant in product.Variants ?? [])
        {
            var sku = variant.Sku!;
            storedVariants.TryGetValue(sku, out var before);
            var shownBefore = visibleBefore && before?.Status == VariantStatuses.Active;
            var shownAfter = visibleAfter && variant.Status == VariantStatuses.Active;
            var terms = CatalogueAuditLog.Diff(before is null ? null : VariantTerms(before), VariantTerms(variant));
            var variantStatusChanged = terms.Remove("status");
            var tiersChanged = before is null || !JsonNode.DeepEquals(Tiers(before), Tiers(variant));
            var stockChanged = before is null || before.StockOnHand != variant.StockOnHand;
            // A new ladder alone is a 'prices' entry in the feed; 'variant' is for the SKU's terms, status and stock.
            var termsOrStockChanged = before is null || terms.Count > 0 || variantStatusChanged || stockChanged;
            var changed = termsOrStockChanged || tiersChanged;

            if (before is null)
            {
                await connection.ExecuteAsync(InsertVariant, VariantParameters(id, variant, context.NowMs, 0), transaction);
                await InsertTiersAsync(connection, transaction, variant);
                audit.Add(new AuditEntry("variant.created", AuditResources.Variant, sku, id, terms));
                audit.Add(PricesEntry(sku, id, null, variant));
                audit.Add(StockEntry(sku, id, null, variant.StockOnHand!.Value));
                skuListChanged = true;
            }
            else if (changed)
            {
                await GuardAsync(connection.ExecuteAsync(UpdateVariant, VariantParameters(id, variant, context.NowMs, stored!.Variants[sku].Version), transaction), "SKU", sku);
                if (tiersChanged)
                {
                    await connection.ExecuteAsync(DeleteTiers, new { Sku = sku }, transaction);
                    await InsertTiersAsync(connection, transaction, variant);
                    audit.Add(PricesEntry(sku, id, before, variant));
                }

                if (terms.Count > 0) audit.Add(new AuditEntry("variant.updated", AuditResources.Variant, sku, id, terms));
                if (variantStatusChanged) audit.Add(StatusEntry(AuditResources.Variant, sku, id, before.Status, variant.Status!));
                if (stockChanged) audit.Add(StockEntry(sku, id, before.StockOnHand, variant.StockOnHand!.Value));
                skuListChanged |= variantStatusChanged;
            }

            if (changed)
            {
                changedSkus.Add(sku);
            }

            if (shownBefore || shownAfter)
            {
                if (termsOrStockChanged || shownBefore != shownAfter) feed.Add(new FeedEntry(FeedResources.Variant, sku, id, shownAfter));
                if (tiersChanged || shownBefore != shownAfter) feed.Add(new FeedEntry(FeedResources.Prices, sku, id, shownAfter));
            }
        }

        if (stored is not null && skuListChanged && !productChanged)
        {
            await GuardAsync(connection.ExecuteAsync(TouchProduct, new { Id = id, stored.Version, context.NowMs }, transaction), "product", id);
        }

        await CatalogueAuditLog.AppendAsync(connection, transaction, audit, context);
        await CatalogueChangeLog.AppendAsync(connection, transaction, feed, context.NowMs);
        return new SaveResult(stored is null || productChanged || skuListChanged, changedSkus);
    }

    /// <summary>The product's own record, flattened, without its SKUs.</summary>
    private static JsonObject ProductFields(ProductDocument product)
    {
        var fields = CatalogueAuditLog.Flatten(product, Json);
        fields.Remove("variants");
        return fields;
    }

    private static JsonObject VariantTerms(VariantDocument variant)
    {
        var terms = CatalogueAuditLog.Flatten(variant, Json);
        terms.Remove("priceTiers");
        terms.Remove("stockOnHand");
        return terms;
    }

    private static JsonNode Tiers(VariantDocument variant) => JsonSerializer.SerializeToNode(variant.PriceTiers, Json)!;

    private static AuditEntry StatusEntry(string resourceType, string resourceId, string productId, string? from, string to) =>
        new($"{resourceType}.status_changed", resourceType, resourceId, productId, new JsonObject { ["status"] = new JsonObject { ["from"] = from, ["to"] = to } });

    private static AuditEntry PricesEntry(string sku, string productId, VariantDocument? before, VariantDocument after) =>
        new("prices.set", AuditResources.Prices, sku, productId,
            new JsonObject { ["priceTiers"] = new JsonObject { ["from"] = before is null ? null : Tiers(before), ["to"] = Tiers(after) } });

    private static AuditEntry StockEntry(string sku, string productId, int? from, int to) =>
        new("stock.adjusted", AuditResources.Stock, sku, productId, new JsonObject
        {
            ["stockOnHand"] = new JsonObject { ["from"] = from, ["to"] = to },
        });

    private static async Task GuardAsync(Task<int> update, string what, string id)
    {
        if (await update == 0)
        {
            throw new CatalogueConflictException($"The {what} {id} changed while this request was being handled.");
        }
    }

    private static async Task InsertKeysAsync(DbConnection connection, DbTransaction transaction, ProductDocument product, long nowMs)
    {
        await connection.ExecuteAsync(InsertFeature, (product.Features ?? []).Select(f => new { product.Id, Value = f }), transaction);
        var standards = (product.Certifications ?? []).Distinct(StringComparer.Ordinal).ToList();
        await connection.ExecuteAsync(WithdrawDeclared, new { product.Id, Standards = standards }, transaction);
        var today = DateTimeOffset.FromUnixTimeMilliseconds(nowMs).UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await connection.ExecuteAsync(Declare, standards.Select(s => new
        {
            CertificateId = Compliance.CertificateIds.New(), Standard = s, product.Id, Today = today, NowMs = nowMs,
        }), transaction);
    }

    private static Task<int> InsertTranslationsAsync(DbConnection connection, DbTransaction transaction, ProductDocument product) =>
        connection.ExecuteAsync(InsertTranslation, (product.Translations?.Entries ?? []).Where(e => e.Text is not null).Select(e => new
        {
            product.Id, e.Language, e.Text!.Name, e.Text.Description,
        }), transaction);

    private static Task<int> InsertTiersAsync(DbConnection connection, DbTransaction transaction, VariantDocument variant) =>
        connection.ExecuteAsync(InsertTier, variant.PriceTiers!.Select(t => new
        {
            variant.Sku, t.MinQuantity, UnitPriceCents = Money.ToCents(t.UnitPriceUsd!.Value),
        }), transaction);

    private static object ProductParameters(ProductDocument p, long nowMs, long createdAtMs, int version = 0)
    {
        var s = p.Specs!;
        return new
        {
            p.Id, p.Category, p.Status, p.Name, p.Description, s.Material, s.MaterialGrade, s.CapacityLitres, s.HeightCm, s.WidthCm,
            s.DepthCm, s.WeightGrams, s.MaxLoadKg, s.Lining, s.Zipper, s.StitchesPerInch, s.WaterResistance,
            UvStabilised = s.UvStabilised == true ? 1 : 0, p.OriginCountry, p.HsCode, p.LeadTimeDays, p.ProductMoq,
            Version = version, CreatedAtMs = createdAtMs, NowMs = nowMs,
        };
    }

    private static object VariantParameters(string productId, VariantDocument v, long nowMs, int version) => new
    {
        v.Sku, ProductId = productId, v.Status, v.Colour, v.Material, v.Moq, v.OrderIncrement, v.CartonSize, v.MaxPerOrder,
        SamplePriceCents = v.SamplePriceUsd is { } sample ? Money.ToCents(sample) : (long?)null, v.SampleMax, v.SampleLeadDays, v.StockOnHand,
        v.Packing?.CartonLengthCm, v.Packing?.CartonWidthCm, v.Packing?.CartonHeightCm,
        CartonGrossWeightGrams = v.Packing?.CartonGrossWeightKg is { } gross ? (int)(gross * 1000m) : (int?)null, v.Packing?.InnerPack,
        Version = version, CreatedAtMs = nowMs, NowMs = nowMs,
    };
}
