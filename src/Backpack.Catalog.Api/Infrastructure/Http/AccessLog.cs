using System.Diagnostics;
using System.Security.Claims;
using Backpack.Catalog.Api.Infrastructure.Auth;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>
/// One line per request, written once it has been answered: method, path and query, the final status, the time taken,
/// the body length when the response declared one, the calling key and the trace id that problem bodies quote. It
/// replaces the framework's two lines per request ("Request starting", "Request finished"), which cost about twice
/// as much CPU (api-docs/performance.md). It runs outside the exception handler, so a request that threw is logged with
/// the status its problem answer carries (a 500, or the 400 of a body that failed to bind), and answers written by
/// middleware (401, 413, 429) are logged like any other. Switched off (its category below Information), it costs one
/// level check per request.
/// </summary>
public static partial class AccessLog
{
    public const string Category = "Backpack.Catalog.Api.AccessLog";

    // Paths and queries come from the client: long enough to tell requests apart, short enough to keep a flood of
    // 8 KB request lines from filling the log.
    public const int MaxLoggedLength = 256;

    public static WebApplication UseAccessLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Use((context, next) => logger.IsEnabled(LogLevel.Information) ? LogAsync(context, next, logger) : next(context));
        return app;
    }

    private static async Task LogAsync(HttpContext context, RequestDelegate next, ILogger logger)
    {
        var started = Stopwatch.GetTimestamp();
        // An exception that escapes the exception handler (it rethrows once the response has started) ends as a 500.
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var request = context.Request;
            var user = context.User;
            var caller = user.Identity?.IsAuthenticated == true ? user : null;
            Answered(logger, request.Method, Cut(request.Path.Value), Cut(request.QueryString.Value), status,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.Response.ContentLength,
                caller?.FindFirstValue(ClaimTypes.Role), caller?.FindFirstValue(Caller.KeyIdClaim), RequestTrace.IdOf(context));
        }
    }

    private static string Cut(string? value) => value switch
    {
        null => "",
        { Length: > MaxLoggedLength } => string.Concat(value.AsSpan(0, MaxLoggedLength), "…"),
        _ => value,
    };

    [LoggerMessage(EventId = 1, EventName = "RequestAnswered", Level = LogLevel.Information, SkipEnabledCheck = true,
        Message = "{Method} {Path}{Query} answered {StatusCode} in {ElapsedMs:0.0} ms; length={ContentLength} role={Role} key={KeyId} trace={TraceId}")]
    private static partial void Answered(ILogger logger, string method, string path, string query, int statusCode, double elapsedMs,
        long? contentLength, string? role, string? keyId, string traceId);
}
