using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>Writes a problem from middleware or an auth handler, where no endpoint result can carry it.</summary>
public static class ProblemWriter
{
    /// <summary>Sets the response status from <paramref name="problem"/> and writes it through the problem details service.</summary>
    public static Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? throw new ArgumentException("A problem written here names its status.", nameof(problem));
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
