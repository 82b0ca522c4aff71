using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Customization;

/// <summary>Customisation options for the versioned writer. A change re-announces, in the change feed, every product it applied to before or after.</summary>
public sealed class CustomizationOptionTable : VersionedTable<CustomizationOption>
{
    public static readonly CustomizationOptionTable Instance = new();

    private const string SelectOne = "SELECT " + CustomizationData.Columns + "\nFROM customization_options\nWHERE option_id = @Id";

    private const string SelectProductsOf = """
        SELECT DISTINCT p.product_id, p.status
        FROM products p
        WHERE p.category_key IN @Families
           OR p.product_id IN (SELECT v.product_id FROM variants v WHERE v.sku IN @Skus)
        ORDER BY p.product_id
        """;

    protected override string Insert => """
        INSERT INTO customization_options (
          option_id, method, name, placements_json, max_colours, max_stitch_count, max_width_mm, max_height_mm, surcharges_json,
          setup_fee_cents, setup_fee_per, moq_per_design, extra_lead_days, artwork_formats_json, families_json, skus_json, version, updated_at_ms, name_translations_json)
        VALUES (@Id, @Method, @Name, @PlacementsJson, @MaxColours, @MaxStitchCount, @MaxWidthMm, @MaxHeightMm, @SurchargesJson,
          @SetupFeeCents, @SetupFeePer, @MoqPerDesign, @ExtraLeadDays, @ArtworkFormatsJson, @FamiliesJson, @SkusJson, @Version, @NowMs, @NameTranslationsJson)
        """;

    protected override string Update => """
        UPDATE customization_options
        SET method = @Method, name = @Name, placements_json = @PlacementsJson, max_colours = @MaxColours, max_stitch_count = @MaxStitchCount,
          max_width_mm = @MaxWidthMm, max_height_mm = @MaxHeightMm, surcharges_json = @SurchargesJson, setup_fee_cents = @SetupFeeCents,
          setup_fee_per = @SetupFeePer, moq_per_design = @MoqPerDesign, extra_lead_days = @ExtraLeadDays,
          artwork_formats_json = @ArtworkFormatsJson, families_json = @FamiliesJson, skus_json = @SkusJson, version = @Version,
          updated_at_ms = @NowMs, name_translations_json = @NameTranslationsJson
        WHERE option_id = @Id AND version = @ExpectedVersion
        """;

    protected override string Delete => "DELETE FROM customization_options WHERE option_id = @Id AND version = @Version";

    public override string Noun => "customisation option";

    public override string AuditType => AuditResources.CustomizationOption;

    public override string KeyOf(CustomizationOption record) => record.Id;

    public override int VersionOf(CustomizationOption record) => record.Version;

    public override CustomizationOption WithVersion(CustomizationOption record, int version) => record with { Version = version };

    public override object Answer(CustomizationOption record) => CustomizationOptionResponse.From(record);

    public override async Task<CustomizationOption?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key) =>
        (await connection.QuerySingleOrDefaultAsync<CustomizationData.OptionRow>(sql.Render(SelectOne), new { Id = key }, transaction))?.ToOption();

    public override async Task<IReadOnlyList<FeedEntry>> FeedEntriesAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, CustomizationOption? before, CustomizationOption? after)
    {
        var families = (before?.Families ?? []).Concat(after?.Families ?? []).Distinct().ToList();
        var skus = (before?.Skus ?? []).Concat(after?.Skus ?? []).Distinct().ToList();
        var products = await connection.QueryAsync<(string ProductId, string Status)>(
            sql.Render(SelectProductsOf), new { Families = families, Skus = skus }, transaction);
        return products.Select(p => new FeedEntry(FeedResources.Product, p.ProductId, p.ProductId, p.Status == ProductStatuses.Published)).ToList();
    }

    protected override object Parameters(CustomizationOption o, long nowMs, int expectedVersion) => new
    {
        o.Id, o.Method, o.Name, PlacementsJson = CustomizationData.ToJson(o.Placements), o.MaxColours, o.MaxStitchCount, o.MaxWidthMm,
        o.MaxHeightMm, SurchargesJson = CustomizationData.ToJson(o.Surcharges), o.SetupFeeCents, o.SetupFeePer, o.MoqPerDesign,
        o.ExtraLeadDays, ArtworkFormatsJson = CustomizationData.ToJson(o.ArtworkFormats), FamiliesJson = CustomizationData.ToJson(o.Families),
        SkusJson = CustomizationData.ToJson(o.Skus), o.Version,
        NameTranslationsJson = o.NameTranslations is null ? null : CustomizationData.ToJson(o.NameTranslations), NowMs = nowMs, ExpectedVersion = expectedVersion,
    };
}
