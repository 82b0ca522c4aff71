using System.Collections.Concurrent;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

/// <summary>What the conformance check found for one response; set on the request's options.</summary>
public sealed record ConformanceVerdict(string Method, string Path, int Status, OperationMatch Match, IReadOnlyList<string> Violations)
{
    /// <summary>False for paths the document does not describe (Swagger UI, health probes, unknown routes).</summary>
    public bool Checked => Match.PathTemplate is not null;

    /// <summary>The operation's name, "405 on {template}" for an undocumented method, or null when unchecked.</summary>
    public string? OperationName => Match.Operation?.Name ?? (Match.PathTemplate is null ? null : $"{Method} {Match.PathTemplate} (undocumented method)");
}

/// <summary>
/// The OpenAPI document the app serves, fetched once per test process (it is built from the code alone: every factory
/// configuration serves the same one), and a tally of the responses checked against it, by operation and status.
/// </summary>
public sealed class ConformanceRun
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<(string Operation, int Status), int> _checked = new();
    private Task<ApiDocument>? _document;

    public static ConformanceRun Shared { get; } = new();

    /// <summary>The document, once one was fetched.</summary>
    public ApiDocument? Document => _document is { IsCompletedSuccessfully: true } loaded ? loaded.Result : null;

    public IReadOnlyDictionary<(string Operation, int Status), int> Checked => _checked;

    /// <summary>Fetches the document through <paramref name="send"/> the first time; a failed fetch is retried by the next caller.</summary>
    public Task<ApiDocument> DocumentAsync(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, Uri server)
    {
        lock (_gate)
        {
            if (_document is null || _document.IsFaulted || _document.IsCanceled)
            {
                _document = FetchAsync(send, server);
            }

            return _document;
        }
    }

    public void Record(ConformanceVerdict verdict)
    {
        if (verdict.OperationName is { } operation)
        {
            _checked.AddOrUpdate((operation, verdict.Status), 1, (_, count) => count + 1);
        }
    }

    private static async Task<ApiDocument> FetchAsync(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, Uri server)
    {
        // Not the test's token: the fetch is shared by every test that waits for it.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, SwaggerSetup.DocumentPath));
        using var response = await send(request, CancellationToken.None);
        response.EnsureSuccessStatusCode();
        return ApiDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
