using Backpack.Catalog.Api.Features.Catalogue.Localization;
using System.Collections.Concurrent;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Images;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Infrastructure.Files;
using Dapper;

namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

/// <summary>
/// Gives every product of the demo catalogue a picture: a drawn product card (<see cref="ProductCard"/>), kept and rendered as an upload
/// is. It runs while no image has ever been kept (none stored, none in the audit trail), so removing the demo pictures is final.
/// </summary>
public sealed class ImageSeeder(IDbConnectionFactory connections, IFileStore files, TimeProvider clock, ILogger<ImageSeeder> logger)
{
    private const string ImagesEverKept = """
        SELECT (SELECT COUNT(*) FROM product_images) + (SELECT COUNT(*) FROM catalogue_audit WHERE resource_type = 'product_image')
        """;

    private const string SelectProducts = """
        SELECT p.product_id, p.category_key, p.name,
          (SELECT c.colour FROM variants c WHERE c.sku = (SELECT MAX(v.sku) FROM variants v WHERE v.product_id = p.product_id)) AS colour
        FROM products p ORDER BY p.product_id
        """;

    // The cards depend only on these three texts; a test run starts many apps, and each draws them once.
    private static readonly ConcurrentDictionary<(string Family, string Name, string Colour), ProcessedImage> Drawn = new();

    private sealed record ProductToPicture(string ProductId, string CategoryKey, string Name, string? Colour);

    /// <returns>How many products were given a picture.</returns>
    public async Task<int> SeedIfNoneAsync(CancellationToken cancellationToken)
    {
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(sql.Render(ImagesEverKept)) > 0)
        {
            return 0;
        }

        var products = (await connection.QueryAsync<ProductToPicture>(sql.Render(SelectProducts))).AsList();
        var rows = new List<ImageRow>();
        foreach (var product in products)
        {
            var image = Drawn.GetOrAdd((product.CategoryKey, product.Name, product.Colour ?? ""),
                key => ImageRenditions.Process(ProductCard.Draw(key.Family, key.Name, key.Colour)));
            rows.Add(await ImageFiles.KeepAsync(files, product.ProductId, null, 1, AltTextOf(product.Name), $"{product.ProductId}-card.png", image, cancellationToken));
        }

        await using var transaction = await CatalogueChangeLog.BeginWriteAsync(connection, cancellationToken);
        var context = new WriteContext(CatalogueSeeder.SeedActor, CatalogueSeeder.SeedActor, clock.GetUtcNow().ToUnixTimeMilliseconds(), "demo catalogue seed");
        foreach (var row in rows)
        {
            await VersionedRecordWriter.PutAsync(connection, transaction, sql, ImageTable.Instance, row, context);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded a product card for each of {Products} demo products", rows.Count);
        return rows.Count;
    }

    private static LocalizedText AltTextOf(string name) => new(
        $"{name}: illustrated product card", $"{name}: illustrierte Produktkarte", $"{name} : fiche produit illustrée",
        $"{name}: cartão ilustrado do produto", $"{name}: بطاقة منتج مصوّرة");
}
