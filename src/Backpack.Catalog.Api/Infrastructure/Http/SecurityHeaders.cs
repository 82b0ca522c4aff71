using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>
/// Headers that keep browsers from misusing any response: no MIME sniffing, no referrer, never framed, and a CSP that lets
/// an API response load nothing at all. Swagger UI is a page that must load its own scripts, styles and the document,
/// so it gets a CSP that allows exactly that. Cache-Control is left to each endpoint.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    // Swagger UI's bundle sets inline styles and its stylesheet embeds data: images; everything else comes from /swagger itself.
    public const string SwaggerUiContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // On starting, so the headers survive an exception handler clearing the headers of a failed response.
            context.Response.OnStarting(static state =>
            {
                var http = (HttpContext)state;
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments(SwaggerSetup.UiPath)
                    ? SwaggerUiContentSecurityPolicy
                    : ApiContentSecurityPolicy;
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
        return app;
    }
}
