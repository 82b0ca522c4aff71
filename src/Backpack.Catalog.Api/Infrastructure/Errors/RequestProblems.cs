using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>
/// What a request that FastEndpoints could not bind or that its validator refused answers: the same 400 problems as
/// everywhere else, written by <see cref="ProblemWriter"/>. A body that is not JSON of the operation's shape is a
/// malformed request naming where it went wrong; a parameter of the wrong type or a rule broken is a validation problem
/// with every error listed under the parameter's name.
/// </summary>
public static class RequestProblems
{
    public const string EveryErrorDetail = "See errors for each parameter that was rejected.";

    /// <summary>A route, query or header value that does not parse as its parameter's type.</summary>
    public static string BindingFailureMessage(Type type, string name, Microsoft.Extensions.Primitives.StringValues value) =>
        $"'{value}' is not a valid value for {name}: expected {Expected(Nullable.GetUnderlyingType(type) ?? type)}.";

    /// <summary>Keeps the exception with the failure, so that <see cref="Build"/> can say where the body went wrong.</summary>
    public static ValidationFailure FromJsonException(JsonException exception) =>
        new("body", exception.Message) { CustomState = exception };

    public static object Build(List<ValidationFailure> failures, HttpContext context, int statusCode)
    {
        if (failures.Select(f => f.CustomState).OfType<JsonException>().FirstOrDefault() is { } json)
        {
            return UnknownMember.PathOf(json) is { } path
                ? new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal)
                {
                    [path] = [$"{path} is not a member of this operation's body. Remove it, or check its spelling against the documented schema."],
                })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Type = ProblemTypes.Validation,
                    Title = Problems.ValidationTitle,
                    Detail = $"The body has a member this operation does not take: {path}.",
                }
                : MalformedBody(json);
        }

        var errors = failures
            .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);
        // Binding failures carry no error code; FluentValidation's always do.
        var detail = failures.Count == 1 && failures[0].ErrorCode is null ? failures[0].ErrorMessage : EveryErrorDetail;
        return new HttpValidationProblemDetails(errors)
        {
            Status = statusCode,
            Type = ProblemTypes.Validation,
            Title = Problems.ValidationTitle,
            Detail = detail,
        };
    }

    /// <summary>FastEndpoints sends only <see cref="Build"/>'s problems through its serializer (endpoints send results).</summary>
    public static Task WriteAsync(HttpResponse response, object? body, string contentType, System.Text.Json.Serialization.JsonSerializerContext? context,
        CancellationToken cancellationToken) =>
        body is ProblemDetails problem
            ? ProblemWriter.WriteAsync(response.HttpContext, problem)
            : response.WriteAsJsonAsync(body, body?.GetType() ?? typeof(object),
                response.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions, contentType, cancellationToken);

    /// <summary>400 naming where a JSON body stops matching the operation's schema.</summary>
    public static ProblemDetails MalformedBody(JsonException json) => new()
    {
        Status = StatusCodes.Status400BadRequest,
        Type = ProblemTypes.MalformedRequest,
        Title = BindingProblems.UnreadableTitle,
        Detail = json is Endpoints.MissingBodyException
            ? json.Message
            : $"The body is not valid JSON for this operation at {json.Path ?? "$"}" +
              (json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})." : ".") +
              " Check the value's type and the JSON syntax against the documented schema.",
    };

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(double) || type == typeof(decimal) => "a number",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time (ISO 8601, e.g. 2026-11-01T08:30:00Z)",
        _ when type == typeof(DateOnly) => "a date (ISO 8601, e.g. 2026-11-01)",
        _ => "a value of the documented type",
    };
}
