using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>
/// An RFC 9457 problem, as every error answers (application/problem+json). Some types add members of their own,
/// described with the type in api-docs/errors.md.
/// </summary>
/// <param name="Type">What went wrong, as a URI described in api-docs/errors.md.</param>
/// <param name="Title">A short summary of the type.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">This occurrence: what was wrong and what to do about it.</param>
/// <param name="Instance">The request path.</param>
/// <param name="TraceId">Quote it to support: the server's logs carry it.</param>
public sealed record ProblemResponse(
    [property: KnownValues(typeof(ProblemTypes), nameof(ProblemTypes.All))] string Type,
    [property: MaxLength(ProblemLimits.MaxTitleLength)] string Title,
    [property: Range(400, 599)] int Status,
    [property: MaxLength(ProblemLimits.MaxDetailLength)] string? Detail,
    [property: MaxLength(ProblemLimits.MaxInstanceLength), RegularExpression("^/")] string Instance,
    [property: MaxLength(ProblemLimits.MaxTraceIdLength), RegularExpression("^[!-~]+$")] string TraceId)
{
    public static ProblemResponse Example => new(ProblemTypes.NotFound, "Product not found.", 404,
        "No published product has the id classic-metro-99.", "/v1/products/classic-metro-99", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
}

/// <summary>A 400: the request could not be read or broke a rule; errors names each rejected parameter (absent when none is to blame).</summary>
/// <param name="Errors">Messages by parameter or JSON property name, e.g. lines[0].quantity.</param>
public sealed record ValidationProblemResponse(
    [property: KnownValues(typeof(ProblemTypes), nameof(ProblemTypes.All))] string Type,
    [property: MaxLength(ProblemLimits.MaxTitleLength)] string Title,
    [property: Range(400, 400)] int Status,
    [property: MaxLength(ProblemLimits.MaxDetailLength)] string? Detail,
    [property: MaxLength(ProblemLimits.MaxInstanceLength), RegularExpression("^/")] string Instance,
    [property: MaxLength(ProblemLimits.MaxTraceIdLength), RegularExpression("^[!-~]+$")] string TraceId,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors)
{
    public static ValidationProblemResponse Example => new(ProblemTypes.Validation, Problems.ValidationTitle, 400,
        "See errors for each parameter that was rejected.", "/v1/products", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        new Dictionary<string, IReadOnlyList<string>> { ["limit"] = ["'Limit' must be between 1 and 100. You entered 500."] });
}
