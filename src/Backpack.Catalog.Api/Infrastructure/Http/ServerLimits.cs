using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>
/// Applies <see cref="ServerLimitsOptions"/>: Kestrel's connection timeouts and data rates, which protect the server from
/// clients that send or read slowly, and a time limit on every request, which answers a request that runs too long
/// with a 503 problem instead of holding the client (and a thread of work) indefinitely.
/// </summary>
public static class ServerLimits
{
    public static IServiceCollection AddServerLimits(this IServiceCollection services)
    {
        services.AddOptions<ServerLimitsOptions>().BindConfiguration(ServerLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServerLimitsOptions>>((kestrel, options) =>
        {
            Apply(kestrel.Limits, options.Value);
            // Kestrel refuses a header byte outside ASCII with a bare 400 before the app runs (no problem, no log line). Read as
            // UTF-8, with a byte that is not UTF-8 replaced, the value reaches the app, which answers it like any other value.
            kestrel.RequestHeaderEncodingSelector = _ => HeaderEncoding;
        });
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<ServerLimitsOptions>>((timeouts, options) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = options.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context => WriteTimedOutAsync(context, options.Value.RequestTimeout),
            });
        return services;
    }

    private static readonly System.Text.Encoding HeaderEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static WebApplication UseRequestTimeLimit(this WebApplication app)
    {
        app.UseRequestTimeouts();
        return app;
    }

    private static void Apply(KestrelServerLimits limits, ServerLimitsOptions options)
    {
        limits.RequestHeadersTimeout = options.RequestHeadersTimeout;
        limits.KeepAliveTimeout = options.KeepAliveTimeout;
        limits.MaxConcurrentConnections = options.MaxConcurrentConnections;
        limits.MinRequestBodyDataRate = options.MinRequestBodyBytesPerSecond > 0
            ? new MinDataRate(options.MinRequestBodyBytesPerSecond, options.DataRateGracePeriod) : null;
        limits.MinResponseDataRate = options.MinResponseBytesPerSecond > 0
            ? new MinDataRate(options.MinResponseBytesPerSecond, options.DataRateGracePeriod) : null;
    }

    private static Task WriteTimedOutAsync(HttpContext context, TimeSpan limit)
    {
        // RequestAborted is still the token the time limit cancelled, and the problem writer would stop on it.
        context.RequestAborted = CancellationToken.None;
        return ProblemWriter.WriteAsync(context, TimedOut(limit));
    }

    private static ProblemDetails TimedOut(TimeSpan limit) => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Type = ProblemTypes.RequestTimeout,
        Title = "The request took too long and was stopped.",
        Detail = $"This API stops a request after {limit.TotalSeconds:0.###} s (ServerLimits:RequestTimeout). Whatever it had not " +
            "committed was rolled back. Retry; an order retried with the same Idempotency-Key is placed at most once.",
    };
}
