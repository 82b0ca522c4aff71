using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>
/// How long a problem's members may be. Details and validation messages can quote what the client sent (a path, a
/// query value), so they are cut to these lengths rather than echoing any amount back; the document promises them.
/// </summary>
public static class ProblemLimits
{
    public const int MaxTitleLength = 200;
    public const int MaxDetailLength = 2_000;
    public const int MaxInstanceLength = 2_048;
    public const int MaxTraceIdLength = 128;
    public const int MaxErrorKeys = 1_000;
    public const int MaxErrorKeyLength = 200;
    public const int MaxMessagesPerKey = 20;
    public const int MaxMessageLength = 1_000;

    public static void Apply(ProblemDetails problem)
    {
        problem.Title = Cut(problem.Title, MaxTitleLength);
        problem.Detail = Cut(problem.Detail, MaxDetailLength);
        problem.Instance = Cut(problem.Instance, MaxInstanceLength);
        if (problem is HttpValidationProblemDetails validation && validation.Errors.Count > 0)
        {
            var cut = Cut(validation.Errors);
            validation.Errors.Clear();
            foreach (var (key, messages) in cut)
            {
                validation.Errors[key] = messages;
            }
        }
        else if (problem.Extensions.TryGetValue("errors", out var errors) && errors is IDictionary<string, string[]> byParameter)
        {
            problem.Extensions["errors"] = Cut(byParameter);
        }
    }

    private static Dictionary<string, string[]> Cut(IDictionary<string, string[]> errors) => errors.Take(MaxErrorKeys)
        .GroupBy(e => Cut(e.Key, MaxErrorKeyLength)!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Take(MaxMessagesPerKey).Select(m => Cut(m, MaxMessageLength)!).ToArray(),
            StringComparer.Ordinal);

    private static string? Cut(string? text, int max) => text is { Length: var n } && n > max ? text[..(max - 1)] + "…" : text;
}
