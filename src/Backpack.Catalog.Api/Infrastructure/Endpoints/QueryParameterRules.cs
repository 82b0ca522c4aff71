using System.Collections.Concurrent;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Infrastructure.Endpoints;

/// <summary>
/// A query parameter the operation does not declare is a 400 naming it, not ignored: a misspelt filter (catgory=kids)
/// would otherwise widen the answer without a word. Runs after authorization, so a caller without access still gets 401/403.
/// </summary>
public static class QueryParameterRules
{
    private static readonly ConcurrentDictionary<Type, IReadOnlySet<string>> Declared = new();

    public static WebApplication UseKnownQueryParameters(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Query.Count == 0 || context.GetEndpoint()?.Metadata.GetMetadata<EndpointDefinition>() is not { } definition)
            {
                return next(context);
            }

            var declared = Declared.GetOrAdd(definition.ReqDtoType, static type => RequestInputs.Of(type)
                .Where(i => i.Source == RequestSource.Query).Select(i => i.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));
            var unknown = context.Request.Query.Keys.Where(k => !declared.Contains(k)).ToList();
            return unknown.Count == 0 ? next(context) : ProblemWriter.WriteAsync(context, Problem(unknown, declared));
        });
        return app;
    }

    private static HttpValidationProblemDetails Problem(List<string> unknown, IReadOnlySet<string> declared)
    {
        var takes = declared.Count == 0
            ? "This operation takes no query parameters."
            : $"This operation takes: {string.Join(", ", declared.Order(StringComparer.Ordinal))}.";
        var errors = unknown.ToDictionary(name => name.Length == 0 ? "query" : name,
            name => new[] { $"'{name}' is not a query parameter of this operation. {takes}" }, StringComparer.Ordinal);
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = Problems.ValidationTitle,
            Detail = unknown.Count == 1
                ? $"Unknown query parameter '{unknown[0]}'. {takes}"
                : $"Unknown query parameters: {string.Join(", ", unknown.Select(n => $"'{n}'"))}. {takes}",
        };
    }
}
