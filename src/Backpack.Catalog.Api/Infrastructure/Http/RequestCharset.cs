using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>
/// Bodies are UTF-8 (errors.md, unsupported-media-type): a body that declares another charset is refused with a 415
/// problem before the endpoint binds it, and the other spellings of UTF-8 (quoted, "utf8") are rewritten to the one the
/// framework reads. Its JSON binding would otherwise transcode a charset it knows and throw for any other name,
/// <c>charset="utf-8"</c> included, which answered 500.
/// </summary>
public static class RequestCharset
{
    private const string Utf8 = "utf-8";

    public static WebApplication UseUtf8RequestBodies(this WebApplication app)
    {
        app.Use(CheckAsync);
        return app;
    }

    private static Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is null
            || !MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            || !type.Charset.HasValue)
        {
            return next(context);
        }

        if (IsUtf8(type.Charset.Value!.Trim('"')))
        {
            type.Charset = Utf8;
            context.Request.ContentType = type.ToString();
            return next(context);
        }

        return ProblemWriter.WriteAsync(context, new ProblemDetails
        {
            Status = StatusCodes.Status415UnsupportedMediaType,
            Type = ProblemTypes.UnsupportedMediaType,
            Title = "The request body must be UTF-8.",
            Detail = $"The body is declared as charset={type.Charset.Value}. Send UTF-8: charset=utf-8, or no charset.",
        });
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals(Utf8, StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
