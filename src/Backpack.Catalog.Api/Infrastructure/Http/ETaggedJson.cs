using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>
/// A JSON body with a strong ETag: the resource's own version tag when it has one (orders), otherwise one
/// derived from the body's bytes, so the tag changes exactly when the content does.
/// A matching <c>If-None-Match</c> gets 304 with no body. Caches must revalidate (<c>no-cache</c>), so a
/// price change is seen on the very next read.
/// </summary>
public sealed class ETaggedJson<T>(T value, string? versionTag = null, bool forOneCaller = false, string? createdAt = null) : IResult
{
    public T Value { get; } = value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, options);
        var etag = versionTag ?? $"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_')}\"";

        var response = httpContext.Response;
        response.Headers.ETag = etag;
        // An answer made for one caller (a distributor's own prices) must never be stored by a shared cache.
        response.Headers.CacheControl = forOneCaller ? "private, no-cache" : "no-cache";
        // Only reads revalidate: a POST that answers with the changed resource must never become a 304.
        if (HttpMethods.IsGet(httpContext.Request.Method) && Preconditions.IfNoneMatchMatches(httpContext.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (createdAt is not null)
        {
            response.Headers.Location = createdAt;
        }

        response.StatusCode = createdAt is null ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}

public static class ETaggedJson
{
    public static ETaggedJson<T> Of<T>(T value) => new(value);

    public static ETaggedJson<T> Of<T>(T value, string versionTag) => new(value, versionTag);

    /// <summary>201 with Location: a step that created something within the resource, answered with the resource and its version tag.</summary>
    public static ETaggedJson<T> Created<T>(string location, T value, string versionTag) => new(value, versionTag, createdAt: location);

    /// <summary>An answer made for the caller alone: Cache-Control private, so that no shared cache serves it to anyone else.</summary>
    public static ETaggedJson<T> ForOneCaller<T>(T value) => new(value, forOneCaller: true);
}
