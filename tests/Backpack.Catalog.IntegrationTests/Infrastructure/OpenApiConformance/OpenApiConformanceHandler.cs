using System.Text;

namespace Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

/// <summary>
/// Checks every response against the OpenAPI document the app serves, and throws
/// <see cref="OpenApiConformanceException"/> from the request that got one the document does not allow.
/// Requests to paths no documented template matches (Swagger UI, health probes, unknown routes) pass unchecked;
/// a documented path with an undocumented method must answer a 405 problem. CORS preflights pass unchecked too: they
/// are the browser's exchange with the CORS middleware, not calls of an operation. A request marked
/// <see cref="ReportOnly"/> gets even a violating response back, with the violations in its <see cref="Verdict"/>.
/// </summary>
public sealed class OpenApiConformanceHandler(ConformanceRun conformance) : DelegatingHandler
{
    private const int MaxListedViolations = 20;
    private const int MaxBodyExcerpt = 2000;

    /// <summary>The verdict on the response, set on each request this handler checked or passed.</summary>
    public static readonly HttpRequestOptionsKey<ConformanceVerdict> Verdict = new(nameof(OpenApiConformanceHandler) + "." + nameof(Verdict));

    /// <summary>Set to true on a request to read its violations from <see cref="Verdict"/> instead of catching an exception:
    /// for bulk checks (the fuzzer) that report every finding of a run at the end.</summary>
    public static readonly HttpRequestOptionsKey<bool> ReportOnly = new(nameof(OpenApiConformanceHandler) + "." + nameof(ReportOnly));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var uri = request.RequestUri!;
        var document = await conformance.DocumentAsync((r, c) => base.SendAsync(r, c), new Uri(uri.GetLeftPart(UriPartial.Authority)));
        var match = IsCorsPreflight(request) ? new OperationMatch(null, null) : document.Match(request.Method.Method, uri.AbsolutePath);
        var violations = match.PathTemplate is null ? [] : await ResponseConformance.CheckAsync(document, match, response, cancellationToken);
        var verdict = new ConformanceVerdict(request.Method.Method, uri.AbsolutePath, (int)response.StatusCode, match, violations);
        request.Options.Set(Verdict, verdict);
        conformance.Record(verdict);
        if (violations.Count == 0 || (request.Options.TryGetValue(ReportOnly, out var reportOnly) && reportOnly))
        {
            return response;
        }

        using (response)
        {
            throw new OpenApiConformanceException(await DescribeAsync(verdict, response, cancellationToken));
        }
    }

    private static bool IsCorsPreflight(HttpRequestMessage request) =>
        request.Method == HttpMethod.Options && request.Headers.Contains("Origin") && request.Headers.Contains("Access-Control-Request-Method");

    private static async Task<string> DescribeAsync(ConformanceVerdict verdict, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = new StringBuilder()
            .Append($"{verdict.Method} {verdict.Path} answered {verdict.Status} {response.Content.Headers.ContentType?.MediaType ?? "(no Content-Type)"}, ")
            .Append($"which the OpenAPI document does not allow for {verdict.OperationName}:\n");
        foreach (var violation in verdict.Violations.Take(MaxListedViolations))
        {
            text.Append($"  - {violation}\n");
        }

        if (verdict.Violations.Count > MaxListedViolations)
        {
            text.Append($"  … and {verdict.Violations.Count - MaxListedViolations} more\n");
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Append("Body: ").Append(body.Length > MaxBodyExcerpt ? body[..MaxBodyExcerpt] + "…" : body).ToString();
    }
}
