using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Catalogue.Images;

namespace Backpack.Catalog.Api.Features.Admin.Images;

internal static class ProductImageLookup
{
    /// <summary>The image, when the id is well formed and it belongs to the product in the path.</summary>
    public static async Task<ImageRow?> FindAsync(VersionedRecordWriter writer, ProductImageRoute route, CancellationToken cancellationToken) =>
        ImageIds.IsWellFormed(route.ImageId) && await writer.FindAsync(ImageTable.Instance, route.ImageId, cancellationToken) is { } row
            && row.ProductId == route.ProductId
            ? row
            : null;
}
