using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Adds what every operation shares: the 401 (a malformed, unknown or revoked key is refused on every operation, the
/// anonymous ones included), the 500 and the 503 of the request time limit; every error response as application/problem+json with the problem schema
/// (400: the validation problem, with errors).
/// </summary>
public sealed class StandardResponsesOperationFilter : IOperationFilter
{
    public const string ProblemContentType = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (context.EndpointDefinition() is not null)
        {
            // Every operation refuses a query parameter it does not declare (QueryParameterRules), even one that takes none.
            operation.Responses.TryAdd("400", new OpenApiResponse
            {
                Description = "A query parameter this operation does not take; errors names it and lists the ones it does.",
            });
        }

        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "The API key is malformed, unknown or revoked" +
            (operation.Security?.Any(s => s.Count == 0) == true ? " (only when a key is sent: none is needed here)." : ", or missing.") });
        operation.Responses.TryAdd("500", new OpenApiResponse
        {
            Description = "Unexpected server error; the body carries a traceId to quote to support and nothing else about the inside.",
        });
        // Every request runs under ServerLimits:RequestTimeout; an operation's own 503 (e.g. rates unavailable) shares the status.
        if (!operation.Responses.TryGetValue("503", out var unavailable) || unavailable.Description == "Service Unavailable")
        {
            operation.Responses["503"] = new OpenApiResponse
            {
                Description = "Not answered: the problem's type says why. request-timeout: the request ran longer than the server's time " +
                    "limit and what it had not committed was rolled back; other types are the operation's own (see api-docs/errors.md). Retry later.",
            };
        }

        foreach (var (status, response) in operation.Responses.Where(r => r.Key[0] is '4' or '5'))
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            if (DeclaresOwnProblem(concrete))
            {
                continue;
            }

            var schema = context.SchemaGenerator.GenerateSchema(status == "400" ? typeof(ValidationProblemResponse) : typeof(ProblemResponse), context.SchemaRepository);
            concrete.Content = new Dictionary<string, IOpenApiMediaType> { [ProblemContentType] = new OpenApiMediaType { Schema = schema } };
        }
    }

    /// <summary>An endpoint that names a problem type of its own (e.g. the order-rules 422 with its violations) keeps it.</summary>
    private static bool DeclaresOwnProblem(OpenApiResponse response) =>
        response.Content?.TryGetValue(ProblemContentType, out var media) == true
        && media.Schema is OpenApiSchemaReference { Reference.Id: not (nameof(ProblemDetails) or nameof(HttpValidationProblemDetails)) };
}
