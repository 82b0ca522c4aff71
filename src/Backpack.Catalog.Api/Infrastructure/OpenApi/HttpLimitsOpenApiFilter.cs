using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.RateLimiting;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents what the pipeline adds to every operation: the RateLimit-Policy and RateLimit fields on every response, a 429
/// with Retry-After, a 413 where there is a body to be too large, and Access-Control-Allow-Origin for allowed browser
/// origins. The document pass runs after every operation filter, so it also marks the headers other filters declare.
/// </summary>
public sealed class HttpLimitsOpenApiFilter : IOperationFilter, IDocumentFilter
{
    private static readonly string AllowOrigin = HeaderNames.AccessControlAllowOrigin;
    private static readonly string RetryAfter = HeaderNames.RetryAfter;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemResponse), context.SchemaRepository);
        operation.Responses ??= [];
        if (operation.RequestBody is not null)
        {
            operation.Responses.TryAdd("413", Problem(problem,
                "The body is larger than this operation takes (RequestBody:MaxBytes, 1 MiB by default). Nothing was done."));
        }

        var tooMany = Problem(problem,
            "Too many requests: the caller's quota (RateLimit-Policy) is used up. Wait Retry-After seconds; see api-docs/rate-limits.md.");
        tooMany.Headers![RetryAfter] = new OpenApiHeaderReference(RetryAfter, context.Document);
        operation.Responses.TryAdd("429", tooMany);

        foreach (var response in operation.Responses.Values.OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers.TryAdd(RateLimitHeaders.Policy, new OpenApiHeaderReference(RateLimitHeaders.Policy, context.Document));
            response.Headers.TryAdd(RateLimitHeaders.State, new OpenApiHeaderReference(RateLimitHeaders.State, context.Document));
        }
    }

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Components ??= new OpenApiComponents();
        swaggerDoc.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        swaggerDoc.Components.Headers[RateLimitHeaders.Policy] = Header(
            "The caller's quota policy (draft-ietf-httpapi-ratelimit-headers-11): q requests per w seconds, per API key, or per " +
            "client address without a valid key. See api-docs/rate-limits.md.", "\"distributor\";q=300;w=60");
        swaggerDoc.Components.Headers[RateLimitHeaders.State] = Header(
            "Where the caller stands in that quota: r requests left in the current window, t seconds until it resets.",
            "\"distributor\";r=299;t=42");
        swaggerDoc.Components.Headers[RetryAfter] = new OpenApiHeader
        {
            Description = "Seconds to wait before the quota resets and a retry can succeed.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "86400" },
            Example = JsonValue.Create(42),
        };
        swaggerDoc.Components.Headers[AllowOrigin] = Header(
            "Present only when the request's Origin is one of the configured Cors:AllowedOrigins, and then it is that origin.",
            "https://shop.example.com");

        var responses = swaggerDoc.Paths.Values
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Responses?.Values.AsEnumerable() ?? [])
            .Concat(swaggerDoc.Components.Responses?.Values.AsEnumerable() ?? []);
        foreach (var response in responses.OfType<OpenApiResponse>())
        {
            response.Headers?.TryAdd(AllowOrigin, new OpenApiHeaderReference(AllowOrigin, swaggerDoc));
        }
    }

    private static OpenApiResponse Problem(IOpenApiSchema problem, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { [StandardResponsesOperationFilter.ProblemContentType] = new OpenApiMediaType { Schema = problem } },
        Headers = new Dictionary<string, IOpenApiHeader>(),
    };

    private static OpenApiHeader Header(string description, string example) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 256 },
        Example = JsonValue.Create(example),
    };
}
