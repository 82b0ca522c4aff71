using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Labels;

/// <summary>Vocabulary labels for the versioned writer, keyed kind/key. A change re-announces every published product that shows it.</summary>
public sealed class LabelTable : VersionedTable<CatalogueLabel>
{
    public static readonly LabelTable Instance = new();

    private const string SelectAll = "SELECT " + CatalogueLabels.Columns + " FROM catalogue_labels l ORDER BY l.kind, l.label_key";

    /// <summary>Every label, by kind and key.</summary>
    public static async Task<IReadOnlyList<CatalogueLabel>> AllAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql) =>
        (await connection.QueryAsync<LabelRow>(sql.Render(SelectAll), transaction: transaction)).Select(l => l.ToLabel()).ToList();

    private const string SelectOne = "SELECT " + CatalogueLabels.Columns + " FROM catalogue_labels l WHERE l.kind = @Kind AND l.label_key = @Key";

    private const string SelectProductsShowing = """
        SELECT p.product_id FROM products p
        WHERE p.status = 'published' AND (
          (@Kind = 'category' AND p.category_key = @Key)
          OR (@Kind = 'feature' AND EXISTS (SELECT 1 FROM product_features f WHERE f.product_id = p.product_id AND f.feature = @Key))
          OR (@Kind = 'certification' AND EXISTS (SELECT 1 FROM certificates c WHERE c.standard = @Key AND (c.product_id = p.product_id
            OR c.factory_country = p.origin_country OR c.sku IN (SELECT v.sku FROM variants v WHERE v.product_id = p.product_id)))))
        ORDER BY p.product_id
        """;

    protected override string Insert => """
        INSERT INTO catalogue_labels (kind, label_key, label_json, description_json, version, updated_at_ms)
        VALUES (@Kind, @Key, @LabelJson, @DescriptionJson, @Version, @NowMs)
        """;

    protected override string Update => """
        UPDATE catalogue_labels SET label_json = @LabelJson, description_json = @DescriptionJson, version = @Version, updated_at_ms = @NowMs
        WHERE kind = @Kind AND label_key = @Key AND version = @ExpectedVersion
        """;

    protected override string Delete => "DELETE FROM catalogue_labels WHERE kind = @Kind AND label_key = @Key AND version = @Version";

    public override string Noun => "label";

    public override string AuditType => AuditResources.Label;

    public override string KeyOf(CatalogueLabel record) => $"{record.Kind}/{record.Key}";

    public override int VersionOf(CatalogueLabel record) => record.Version;

    public override CatalogueLabel WithVersion(CatalogueLabel record, int version) => record with { Version = version };

    public override object Answer(CatalogueLabel record) => LabelResponse.From(record);

    public override async Task<CatalogueLabel?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key) =>
        key.Split('/') is [var kind, var labelKey]
            ? (await connection.QuerySingleOrDefaultAsync<LabelRow>(sql.Render(SelectOne), new { Kind = kind, Key = labelKey }, transaction))?.ToLabel()
            : null;

    public override async Task<IReadOnlyList<FeedEntry>> FeedEntriesAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, CatalogueLabel? before, CatalogueLabel? after)
    {
        var label = after ?? before!;
        var products = await connection.QueryAsync<string>(sql.Render(SelectProductsShowing), new { label.Kind, label.Key }, transaction);
        return products.Select(id => new FeedEntry(FeedResources.Product, id, id, Visible: true)).ToList();
    }

    protected override object Parameters(CatalogueLabel l, long nowMs, int expectedVersion) => new
    {
        l.Kind, l.Key, LabelJson = CatalogueLabels.ToJson(l.Label),
        DescriptionJson = l.Description is null ? null : CatalogueLabels.ToJson(l.Description), l.Version, NowMs = nowMs, ExpectedVersion = expectedVersion,
    };
}
