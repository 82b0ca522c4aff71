using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Images;

/// <summary>
/// Product images as versioned records. Creating one also lists its files in image_files (once per file: two images, or two renditions,
/// with the same bytes share one), in the same transaction, so a rendition's URL serves as soon as its image exists.
/// </summary>
public sealed class ImageTable : VersionedTable<ImageRow>
{
    public static readonly ImageTable Instance = new();

    public const string SelectOne = "SELECT " + ImageRow.Columns + " FROM product_images i WHERE i.image_id = @ImageId";

    public const string SelectOfProduct = "SELECT " + ImageRow.Columns + " FROM product_images i WHERE i.product_id = @ProductId ORDER BY i.position, i.created_at_ms, i.image_id";

    public const string CountOfProduct = "SELECT COUNT(*) FROM product_images WHERE product_id = @ProductId";

    public const string LastPosition = "SELECT COALESCE(MAX(position), 0) FROM product_images WHERE product_id = @ProductId";

    private const string ProductStatus = "SELECT status FROM products WHERE product_id = @ProductId";

    protected override string Insert => """
        INSERT INTO product_images (image_id, product_id, sku, position, alt_text_json, file_name, renditions_json, version, created_at_ms, updated_at_ms)
        VALUES (@ImageId, @ProductId, @Sku, @Position, @AltTextJson, @FileName, @RenditionsJson, @Version, @NowMs, @NowMs);
        """ + string.Concat(Enumerable.Range(0, ImageRules.RenditionsPerImage).Select(i => $"""

        INSERT INTO image_files (sha256, format, bytes, created_at_ms)
        SELECT @Sha{i}, @Format{i}, @Bytes{i}, @NowMs WHERE NOT EXISTS (SELECT 1 FROM image_files WHERE sha256 = @Sha{i});
        """));

    protected override string Update => """
        UPDATE product_images SET sku = @Sku, position = @Position, alt_text_json = @AltTextJson, version = @Version, updated_at_ms = @NowMs
        WHERE image_id = @ImageId AND version = @ExpectedVersion
        """;

    protected override string Delete => "DELETE FROM product_images WHERE image_id = @ImageId AND version = @Version";

    public override string Noun => "image";

    public override string AuditType => AuditResources.ProductImage;

    public override string KeyOf(ImageRow record) => record.ImageId;

    public override int VersionOf(ImageRow record) => record.Version;

    public override ImageRow WithVersion(ImageRow record, int version) => record.With(record.Sku, record.Position, record.AltText, version);

    public override object Answer(ImageRow record) => AdminImageResponse.From(record) with { Etag = "" };

    public override async Task<ImageRow?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key) =>
        await connection.QuerySingleOrDefaultAsync<ImageRow>(sql.Render(SelectOne), new { ImageId = key }, transaction);

    /// <summary>Product reads show the images: the product changed.</summary>
    public override async Task<IReadOnlyList<FeedEntry>> FeedEntriesAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, ImageRow? before, ImageRow? after)
    {
        var productId = (after ?? before)!.ProductId;
        var status = await connection.ExecuteScalarAsync<string>(sql.Render(ProductStatus), new { ProductId = productId }, transaction);
        return [new FeedEntry(FeedResources.Product, productId, productId, status == ProductStatuses.Published)];
    }

    protected override object Parameters(ImageRow r, long nowMs, int expectedVersion)
    {
        var parameters = new DynamicParameters(new
        {
            r.ImageId, r.ProductId, r.Sku, r.Position, r.AltTextJson, r.FileName, r.RenditionsJson, r.Version, NowMs = nowMs, ExpectedVersion = expectedVersion,
        });
        var files = r.Renditions;
        for (var i = 0; i < ImageRules.RenditionsPerImage; i++)
        {
            // Fewer files than slots repeat the last: its NOT EXISTS then skips it.
            var file = files[Math.Min(i, files.Count - 1)];
            parameters.Add($"Sha{i}", file.Sha256);
            parameters.Add($"Format{i}", file.Format);
            parameters.Add($"Bytes{i}", file.Bytes);
        }

        return parameters;
    }
}
