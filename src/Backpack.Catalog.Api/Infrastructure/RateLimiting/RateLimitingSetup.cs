using System.Globalization;
using System.Threading.RateLimiting;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Infrastructure.RateLimiting;

/// <summary>
/// Rate limits per API key and per anonymous client address on ASP.NET Core's rate-limiting middleware, with every
/// limited response telling the caller its quota. Health probes are exempt (they are mapped with DisableRateLimiting),
/// and so are Swagger UI, the OpenAPI document and CORS preflights, which the pipeline serves before this middleware.
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddCatalogueRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitsOptions>().BindConfiguration(RateLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<IOptions<RateLimitsOptions>>().Value;
            var clock = sp.GetRequiredService<TimeProvider>();
            return new QuotaReportingLimiter(PartitionedRateLimiter.Create<HttpContext, string>(context => ClientPartition.For(context, limits, clock)));
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<QuotaReportingLimiter>((options, limiter) =>
        {
            options.GlobalLimiter = limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>After authentication (a key's quota needs the key checked), before anything that answers on a key's behalf.</summary>
    public static WebApplication UseCatalogueRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (!rejected.Lease.TryGetMetadata(QuotaLease.Quota, out var quota) || quota is null)
        {
            throw new InvalidOperationException("Every lease of the catalogue's limiter carries its quota.");
        }

        var seconds = quota.ResetSeconds;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var policy = quota.Policy;
        await ProblemWriter.WriteAsync(context, new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Type = ProblemTypes.RateLimited,
            Title = "Too many requests.",
            Detail = $"The {policy.Name} quota is {policy.PermitLimit} requests per {policy.WindowSeconds} seconds and it is used up. " +
                $"Retry after {seconds} seconds.",
            Extensions = { ["violatedPolicies"] = new[] { policy.Name } },
        });
    }
}
