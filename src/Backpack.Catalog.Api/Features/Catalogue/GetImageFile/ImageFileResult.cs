using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Features.Orders.Artwork;

namespace Backpack.Catalog.Api.Features.Catalogue.GetImageFile;

/// <summary>Serves an image file for a year of caching: its name is its content's hash, so the bytes behind it never change.</summary>
public sealed class ImageFileResult(string sha256, ImageFormat format) : IResult
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    public Task ExecuteAsync(HttpContext httpContext) => StoredFileResult.SendAsync(httpContext, sha256, format.MediaType, CacheControl);
}
