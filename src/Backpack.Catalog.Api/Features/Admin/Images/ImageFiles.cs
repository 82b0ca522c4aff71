using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Infrastructure.Files;

namespace Backpack.Catalog.Api.Features.Admin.Images;

/// <summary>Keeps a decoded image's files in the file store and makes the row that lists them: the one path uploads and the seed take.</summary>
public static class ImageFiles
{
    public static async Task<ImageRow> KeepAsync(
        IFileStore store, string productId, string? sku, int position, LocalizedText altText, string? fileName, ProcessedImage image,
        CancellationToken cancellationToken)
    {
        foreach (var file in image.Files.DistinctBy(f => f.Sha256))
        {
            await using var content = new MemoryStream(file.Content, writable: false);
            await store.PutAsync(file.Sha256, content, cancellationToken);
        }

        return new ImageRow
        {
            ImageId = ImageIds.New(), ProductId = productId, Sku = sku, Position = position, AltTextJson = ImageRow.ToJson(altText), FileName = fileName,
            RenditionsJson = ImageRow.ToJson(image.Files.Select(StoredRendition.Of)),
        };
    }
}
