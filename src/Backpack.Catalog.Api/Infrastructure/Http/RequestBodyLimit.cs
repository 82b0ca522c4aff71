using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>
/// Refuses bodies over <see cref="RequestBodyOptions.MaxBytes"/> with a 413 problem: at once when Content-Length says so,
/// otherwise as soon as the endpoint has read one byte too many (a chunked body). This does not rely on the server's own body-size limit,
/// which not every host enforces and which answers without a problem body. An endpoint with
/// <see cref="IRequestSizeLimitMetadata"/> sets its own limit instead (null: it bounds its body itself).
/// </summary>
public static class RequestBodyLimit
{
    public static IServiceCollection AddRequestBodyLimit(this IServiceCollection services)
    {
        services.AddOptions<RequestBodyOptions>().BindConfiguration(RequestBodyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        var configured = app.Services.GetRequiredService<IOptions<RequestBodyOptions>>().Value.MaxBytes;
        app.Use((context, next) => LimitAsync(context, next, configured));
        return app;
    }

    private static async Task LimitAsync(HttpContext context, RequestDelegate next, long configured)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = metadata is null ? configured : metadata.MaxRequestBodySize;
        if (limit is not { } maxBytes || context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            await next(context);
            return;
        }

        if (context.Request.ContentLength > maxBytes)
        {
            await WriteTooLargeAsync(context, maxBytes);
            return;
        }

        // Reading past the limit throws a 413 BadHttpRequestException, which the problem handler answers when it escapes the
        // endpoint (FastEndpoints' JSON binding lets it). Should a reader catch it and answer a bare 413, it gets its body here.
        var body = new LengthLimitedStream(context.Request.Body, maxBytes);
        context.Request.Body = body;
        await next(context);
        if (body.Exceeded && !context.Response.HasStarted)
        {
            await WriteTooLargeAsync(context, maxBytes);
        }
    }

    private static Task WriteTooLargeAsync(HttpContext context, long maxBytes) => ProblemWriter.WriteAsync(context, new ProblemDetails
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Type = ProblemTypes.PayloadTooLarge,
        Title = "The request body is too large.",
        Detail = TooLargeDetail(maxBytes),
    });

    public static string TooLargeDetail(long maxBytes) =>
        $"This operation takes a body of at most {maxBytes} bytes (RequestBody:MaxBytes). Nothing was done; send less.";
}
