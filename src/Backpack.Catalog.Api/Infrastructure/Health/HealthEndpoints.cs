using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Backpack.Catalog.Api.Infrastructure.Health;

public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddCatalogueHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// /health/live: the process answers. /health/ready: it can also reach its database. Probes are not rate limited. They
    /// answer GET only, as documented: any other method is the 405 problem with Allow that every route gives.
    /// </summary>
    public static void MapCatalogueHealthChecks(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithTags("Operations").WithDisplayName("Liveness").DisableRateLimiting().WithMetadata(ProbeMethods);
        routes.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .WithTags("Operations").WithDisplayName("Readiness").DisableRateLimiting().WithMetadata(ProbeMethods);
    }

    private static readonly HttpMethodMetadata ProbeMethods = new([HttpMethods.Get]);

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(HealthReportResponse.From(report), JsonSerializerOptions.Web));
    }
}
