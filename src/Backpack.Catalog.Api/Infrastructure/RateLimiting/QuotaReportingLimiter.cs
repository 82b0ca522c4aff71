using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;

namespace Backpack.Catalog.Api.Infrastructure.RateLimiting;

/// <summary>
/// The rate-limiting middleware's global limiter: takes each request's permit from its caller's quota and puts where the
/// caller stands on the response (RateLimit-Policy, RateLimit) whatever its status, including a 429. The middleware does
/// not hand the lease to the rest of the pipeline, so this is where the quota can still be seen.
/// </summary>
public sealed class QuotaReportingLimiter(PartitionedRateLimiter<HttpContext> quotas) : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => quotas.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        Report(resource, quotas.AttemptAcquire(resource, permitCount));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        Report(resource, await quotas.AcquireAsync(resource, permitCount, cancellationToken));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            quotas.Dispose();
        }

        base.Dispose(disposing);
    }

    private static RateLimitLease Report(HttpContext context, RateLimitLease lease)
    {
        if (!lease.TryGetMetadata(QuotaLease.Quota, out var quota) || quota is null)
        {
            return lease;
        }

        if (context.Features.Get<ReportedQuota>() is { } reported)
        {
            reported.Quota = quota;
            return lease;
        }

        context.Features.Set(new ReportedQuota { Quota = quota });
        // On starting, so the fields survive an exception handler clearing the headers of a failed response.
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            RateLimitHeaders.Write(http.Response.Headers, http.Features.GetRequiredFeature<ReportedQuota>().Quota);
            return Task.CompletedTask;
        }, context);
        return lease;
    }

    /// <summary>The latest quota taken for this request (the middleware tries twice before refusing).</summary>
    private sealed class ReportedQuota
    {
        public required RateLimitQuota Quota { get; set; }
    }
}
