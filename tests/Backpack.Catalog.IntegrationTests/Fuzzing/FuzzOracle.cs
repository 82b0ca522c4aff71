using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// What came back for one request: status, media type, body, what the OpenAPI conformance check said, and what changed in
/// the database while it ran.
/// </summary>
public sealed record FuzzResponse(int Status, string? MediaType, string Body, IReadOnlyList<string> ConformanceViolations, IReadOnlyList<string> DatabaseChanges);

/// <summary>
/// Judges one response: no 5xx; every 4xx and 5xx an RFC 9457 problem whose status matches; no body leaking a stack
/// trace, exception type, SQL, database error, .NET namespace or internal path (unless the request itself sent that text,
/// which an error may quote back); a status, media type and body the document allows; and nothing written by a request
/// that was refused. A 429 is judged by the runner, not here: it means the fuzzer was throttled, which its host forbids.
/// </summary>
public static partial class FuzzOracle
{
    private const string ProblemJson = "application/problem+json";

    private static readonly (string What, Regex Pattern)[] Leaks =
    [
        ("a stack frame", StackFrame()),
        ("a source file line", SourceLine()),
        ("an exception type", ExceptionType()),
        ("a .NET type or namespace", DotNetNamespace()),
        ("SQL text", SqlText()),
        ("a database error", DatabaseError()),
        ("an internal file path", InternalPath()),
        ("a C# parameter declaration", CSharpParameter()),
    ];

    public static IReadOnlyList<string> Judge(FuzzRequest request, FuzzResponse response)
    {
        var findings = new List<string>();
        if (response.Status >= 500)
        {
            findings.Add($"server error {response.Status}");
        }

        if (response.Status >= 400)
        {
            findings.AddRange(ProblemFindings(response));
            if (response.DatabaseChanges.Count > 0)
            {
                findings.Add($"refused with {response.Status}, but wrote to the database: {string.Join("; ", response.DatabaseChanges)}");
            }
        }

        findings.AddRange(LeakFindings(request, response.Body));
        findings.AddRange(response.ConformanceViolations.Select(v => $"not allowed by the OpenAPI document: {v}"));
        return findings;
    }

    private static IEnumerable<string> ProblemFindings(FuzzResponse response)
    {
        if (!string.Equals(response.MediaType, ProblemJson, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"a {response.Status} that is not {ProblemJson} but {response.MediaType ?? "no Content-Type"}";
            yield break;
        }

        if (ParsedOrNull(response.Body) is not { } problem)
        {
            yield return $"a {ProblemJson} body that is not JSON";
            yield break;
        }

        if (problem.ValueKind != JsonValueKind.Object)
        {
            yield return $"a {ProblemJson} body that is not an object";
            yield break;
        }

        foreach (var member in (string[])["type", "title"])
        {
            if (!problem.TryGetProperty(member, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                yield return $"a problem without a {member}";
            }
        }

        if (!problem.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.Number || !status.TryGetInt32(out var number)
            || number != response.Status)
        {
            yield return $"a problem whose status ({(problem.TryGetProperty("status", out var s) ? s.GetRawText() : "missing")}) is not the response's {response.Status}";
        }
    }

    private static JsonElement? ParsedOrNull(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<string> LeakFindings(FuzzRequest request, string body)
    {
        var text = Decoded(body);
        string? sent = null;
        foreach (var (what, pattern) in Leaks)
        {
            foreach (Match match in pattern.Matches(text))
            {
                sent ??= SentText(request);
                if (!sent.Contains(match.Value, StringComparison.Ordinal))
                {
                    yield return $"leaks {what}: \"{Excerpt(text, match.Index)}\"";
                    break;
                }
            }
        }
    }

    /// <summary>Everything the request carried, decoded, so that an error quoting the request back is not taken for a leak.</summary>
    private static string SentText(FuzzRequest request)
    {
        var body = request.Body is null ? "" : Encoding.UTF8.GetString(request.Body);
        return string.Join('\n', Uri.UnescapeDataString(request.PathAndQuery), string.Join('\n', request.Headers.Select(h => h.Value)), body, Decoded(body));
    }

    /// <summary>A JSON body's names and strings as text (escapes undone, so that \" and \n read as they would be shown); any other body as it is.</summary>
    private static string Decoded(string body)
    {
        if (ParsedOrNull(body) is not { } json)
        {
            return body;
        }

        var text = new StringBuilder();
        Collect(json, text);
        return text.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    text.Append(property.Name).Append('\n');
                    Collect(property.Value, text);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, text);
                }

                break;
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
        }
    }

    private static string Excerpt(string body, int at)
    {
        var start = Math.Max(0, at - 40);
        var length = Math.Min(body.Length - start, 120);
        return body.Substring(start, length).ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"\bat [A-Za-z_][\w`<>$|]*(\.[\w`<>$|]+)+\(")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\.cs:line \d+")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\b\w*Exception\b")]
    private static partial Regex ExceptionType();

    [GeneratedRegex(@"\b(System|Microsoft|Backpack|Dapper|SQLitePCL|FluentValidation)\.[A-Z]\w+")]
    private static partial Regex DotNetNamespace();

    [GeneratedRegex(@"\b(SELECT\s+[\w*,. ]+\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+TABLE\s)")]
    private static partial Regex SqlText();

    [GeneratedRegex(@"SQLite Error|SQL logic error|no such (table|column)|\b(UNIQUE|CHECK|NOT NULL|FOREIGN KEY) constraint failed|near ""[^""]*"": syntax error|datatype mismatch|database is locked|Invalid object name|Incorrect syntax near")]
    private static partial Regex DatabaseError();

    [GeneratedRegex(@"(/work/|/home/|/root/|/tmp/|/usr/share/dotnet|/src/Backpack|\b[A-Z]:\\[A-Za-z])")]
    private static partial Regex InternalPath();

    [GeneratedRegex(@"parameter ""[^""\s]+ [^""\s]+""")]
    private static partial Regex CSharpParameter();
}
