using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Infrastructure.Files;
using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Catalogue.GetImageFile;

/// <summary>Serves an image file for a year of caching: its name is its content's hash, so the bytes behind it never change.</summary>
public sealed class ImageFileResult(string sha256, ImageFormat format) : IResult
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var etag = $"\"{sha256}\"";
        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        if (Preconditions.IfNoneMatchMatches(httpContext.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var store = httpContext.RequestServices.GetRequiredService<IFileStore>();
        await using var content = await store.OpenReadAsync(sha256, httpContext.RequestAborted)
            ?? throw new FileNotFoundException($"The file store has no image file {sha256}.");
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.MediaType;
        response.ContentLength = content.Length;
        await content.CopyToAsync(response.Body, httpContext.RequestAborted);
    }
}
