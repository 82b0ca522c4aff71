using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>The problem results endpoints return themselves, so each kind is worded and typed the same way everywhere.</summary>
public static class Problems
{
    public const string ValidationTitle = "One or more parameters are invalid.";

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound);

    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.ValidationProblem(errors, detail: detail, title: ValidationTitle, type: ProblemTypes.Validation);

    public static ValidationProblem Validation(string parameter, string message) =>
        Validation(new Dictionary<string, string[]> { [parameter] = [message] }, message);
}
