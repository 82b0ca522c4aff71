using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Integrations.Fx;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

public static class ProblemDetailsSetup
{
    /// <summary>Every error, the framework's own included, leaves as RFC 9457 <c>application/problem+json</c>.</summary>
    public static IServiceCollection AddCatalogueProblemDetails(this IServiceCollection services)
    {
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                problem.Type = ProblemTypes.ForStatus(status);
            }

            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions.Remove("exception");
            problem.Extensions["traceId"] = RequestTrace.IdOf(context.HttpContext);
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                problem.Detail ??= $"{context.HttpContext.Request.Method} is not allowed on {context.HttpContext.Request.Path}.";
            }
            else if (status == StatusCodes.Status404NotFound)
            {
                problem.Detail ??= $"Nothing is found at {context.HttpContext.Request.Path}.";
            }

            ProblemLimits.Apply(problem);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    public static WebApplication UseCatalogueProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>
    /// Exchange rates too old to use answer 503 with Retry-After.
    /// A body that cannot be read (too large, cut off) surfaces as <see cref="BadHttpRequestException"/>, whose message
    /// is safe to show. Anything else is a 500 that says nothing about the inside.
    /// </summary>
    private sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
        : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            ProblemDetails problem;
            if (exception is BadHttpRequestException bad)
            {
                problem = BindingProblems.From(bad);
            }
            else if (exception is RatesUnavailableException rates)
            {
                var seconds = (int)Math.Ceiling(rates.RetryAfter.TotalSeconds);
                httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                problem = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Type = ProblemTypes.RatesUnavailable,
                    Title = "Exchange rates are unavailable.",
                    Detail = $"No rate for {rates.Currency} is recent enough to quote with. Prices in USD remain available; try {rates.Currency} again in {seconds} seconds.",
                };
            }
            else
            {
                logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
                problem = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = "An unexpected error occurred.",
                    Detail = "The error was logged. Quote the traceId when you contact support.",
                    Type = ProblemTypes.Internal,
                };
            }

            httpContext.Response.StatusCode = problem.Status!.Value;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            });
        }
    }
}
