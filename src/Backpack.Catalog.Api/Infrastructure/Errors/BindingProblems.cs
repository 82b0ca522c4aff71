using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>
/// A body the server could not read: too large (<see cref="Http.LengthLimitedStream"/>), or cut off or malformed as Kestrel
/// reads it. FastEndpoints' own binding failures are <see cref="RequestProblems"/>.
/// </summary>
internal static class BindingProblems
{
    public const string UnreadableTitle = "The request could not be read.";

    public const string NotJsonTitle = "The request body must be application/json.";

    public static ProblemDetails From(BadHttpRequestException exception)
    {
        var status = exception.StatusCode;
        return new ProblemDetails
        {
            Status = status,
            Type = ProblemTypes.ForStatus(status),
            Title = status switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                StatusCodes.Status415UnsupportedMediaType => NotJsonTitle,
                _ => UnreadableTitle,
            },
            Detail = exception.Message,
        };
    }
}
