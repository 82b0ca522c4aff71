using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>Turns the framework's request-binding failures into problems that name the offending parameter.</summary>
internal static partial class BindingProblems
{
    public static ProblemDetails From(BadHttpRequestException exception)
    {
        var status = exception.StatusCode;
        var problem = new ProblemDetails
        {
            Status = status,
            Type = ProblemTypes.ForStatus(status),
            Title = status switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                StatusCodes.Status415UnsupportedMediaType => "The request body must be application/json.",
                _ => "The request could not be read.",
            },
            Detail = exception.Message,
        };

        if (exception.InnerException is System.Text.Json.JsonException { Path: { } path } json)
        {
            problem.Detail = $"The body is not valid JSON for this operation at {path}" +
                (json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})." : ".") +
                " Check the value's type and the JSON syntax against the documented schema.";
        }

        var parameter = ParameterName().Match(exception.Message);
        if (status == StatusCodes.Status400BadRequest && parameter.Success)
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
            var message = parameter.Groups["value"].Success
                ? $"'{parameter.Groups["value"].Value}' is not a valid value for {name}: expected {Expected(parameter.Groups["type"].Value)}."
                : $"{name} is required.";
            problem.Type = ProblemTypes.Validation;
            problem.Title = Problems.ValidationTitle;
            problem.Detail = message;
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [name] = [message] };
        }

        return problem;
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("int", StringComparison.OrdinalIgnoreCase) || type.Contains("long", StringComparison.OrdinalIgnoreCase) => "a whole number",
        _ when type.Contains("bool", StringComparison.OrdinalIgnoreCase) => "true or false",
        _ when type.Contains("double", StringComparison.OrdinalIgnoreCase) || type.Contains("decimal", StringComparison.OrdinalIgnoreCase) => "a number",
        _ => "a value of the documented type",
    };

    // "Failed to bind parameter "int? limit" from "abc"." / "Required parameter "string sku" was not provided ..."
    [GeneratedRegex("""^(?:Failed to bind|Required) parameter "(?:(?<type>[^"\s]+)\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)"(?: from "(?<value>[^"]*)")?""")]
    private static partial Regex ParameterName();
}
