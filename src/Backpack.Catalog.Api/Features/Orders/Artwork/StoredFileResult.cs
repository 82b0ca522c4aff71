using Backpack.Catalog.Api.Infrastructure.Files;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.Net.Http.Headers;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>
/// Serves a kept file as a download: its media type, its SHA-256 as a strong ETag (a matching If-None-Match gets 304), and headers that
/// keep a browser from running it, since an SVG may carry script.
/// </summary>
public sealed class StoredFileResult(string sha256, FileFormat format, string? fileName) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => SendAsync(httpContext, sha256, format.MediaType, "private, no-cache", response =>
    {
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName ?? $"{sha256[..12]}.{format.Code}");
        response.Headers.ContentDisposition = disposition.ToString();
    });

    /// <summary>
    /// Sends the file kept under <paramref name="sha256"/> with that hash as a strong ETag (304 when If-None-Match matches), then
    /// <paramref name="headers"/> and the bytes.
    /// </summary>
    public static async Task SendAsync(HttpContext httpContext, string sha256, string mediaType, string cacheControl, Action<HttpResponse>? headers = null)
    {
        var response = httpContext.Response;
        var etag = $"\"{sha256}\"";
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        if (Preconditions.IfNoneMatchMatches(httpContext.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var store = httpContext.RequestServices.GetRequiredService<IFileStore>();
        await using var content = await store.OpenReadAsync(sha256, httpContext.RequestAborted)
            // The row names a file the store no longer has: a fault of the deployment, not of the request.
            ?? throw new FileNotFoundException($"The file store has no file {sha256}.");
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType;
        response.ContentLength = content.Length;
        headers?.Invoke(response);
        await content.CopyToAsync(response.Body, httpContext.RequestAborted);
    }
}
