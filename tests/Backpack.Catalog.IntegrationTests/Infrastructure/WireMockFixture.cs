using System.Collections.Concurrent;
using System.Collections.Specialized;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>
/// WireMock.Net, in-process on 127.0.0.1 and a free port, with the stubs of one of the sets under Stubs/ and a journal
/// of what it was sent. A stub answering <see cref="StubFaults.ConnectionReset"/> resets the client's connection.
/// </summary>
public sealed class WireMockFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _answeredAt = new();
    private WireMockServer _server = null!;
    private int _inFlight;

    public Uri BaseUrl { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        _server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{FreeLoopbackPort()}"],
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(CountedAsync),
        });
        _server.LogEntriesChanged += RecordAnswerTimes;
        BaseUrl = new Uri(_server.Url!.TrimEnd('/') + "/");
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Replaces every stub, the journal and scenario states with the stub set, once the requests still being answered
    /// (a delayed answer the last test's client stopped waiting for) are done, so that none of them lands in the new journal.
    /// </summary>
    public async Task UseAsync(Action<WireMockServer> stubs)
    {
        await Eventually.ReadAsync(() => Task.FromResult(Volatile.Read(ref _inFlight)), count => count == 0, TimeSpan.FromSeconds(10));
        _server.Reset();
        _answeredAt.Clear();
        stubs(_server);
    }

    /// <summary>Swaps the stubs (as when the stubbed service goes down or comes back) and keeps the journal.</summary>
    public Task SwitchToAsync(Action<WireMockServer> stubs)
    {
        _server.ResetMappings();
        _server.ResetScenarios();
        stubs(_server);
        return Task.CompletedTask;
    }

    /// <summary>A request as the journal logged it, with the answer it was given.</summary>
    /// <param name="Url">Path and query.</param>
    /// <param name="Fault">The stub reset the connection instead of answering.</param>
    /// <param name="TookMs">From receiving the request to the answer being ready, stub delay included; a client with a shorter timeout never saw the answer.</param>
    public sealed record LoggedRequest(
        string Method, string Url, IReadOnlyDictionary<string, string> Headers, string Body, int Status, bool Fault, int TookMs, DateTimeOffset LoggedAt)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>The journal's requests whose path starts with <paramref name="urlPrefix"/>, oldest first.</summary>
    public Task<IReadOnlyList<LoggedRequest>> RequestsAsync(string urlPrefix) =>
        Task.FromResult<IReadOnlyList<LoggedRequest>>(Journal()
            .Where(r => r.Url.StartsWith(urlPrefix, StringComparison.Ordinal))
            .ToList());

    /// <summary>Requests with this method to exactly this path.</summary>
    public Task<int> CountAsync(string method, string urlPath) =>
        Task.FromResult(_server.LogEntries.Count(e =>
            string.Equals(e.RequestMessage?.Method, method, StringComparison.OrdinalIgnoreCase) && e.RequestMessage?.Path == urlPath));

    /// <summary>
    /// Waits until <paramref name="expected"/> requests are journalled (a delayed answer is journalled once ready) and a
    /// moment more, then returns the count, so a surplus shows up as a failure rather than a race.
    /// </summary>
    public async Task<int> SettledCountAsync(string method, string urlPath, int expected)
    {
        await Eventually.ReadAsync(() => CountAsync(method, urlPath), count => count >= expected, TimeSpan.FromSeconds(10));
        await Task.Delay(300);
        return await CountAsync(method, urlPath);
    }

    /// <summary>When each request to a path starting with <paramref name="urlPath"/> was received, oldest first.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> ReceivedAtAsync(string urlPath) =>
        (await RequestsAsync(urlPath)).Select(r => r.LoggedAt).ToList();

    public ValueTask DisposeAsync()
    {
        _server.LogEntriesChanged -= RecordAnswerTimes;
        _server.Stop();
        _server.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task CountedAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            await StubFaults.ResetWhenAskedAsync(context, next);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private IEnumerable<LoggedRequest> Journal() => _server.LogEntries.Select(Parse).OrderBy(r => r.LoggedAt);

    private LoggedRequest Parse(ILogEntry entry)
    {
        var request = entry.RequestMessage!;
        var receivedAt = new DateTimeOffset(DateTime.SpecifyKind(request.DateTime, DateTimeKind.Utc));
        var took = _answeredAt.TryGetValue(entry.Guid, out var answeredAt) ? (int)(answeredAt - receivedAt).TotalMilliseconds : 0;
        var headers = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(h => h.Key, h => h.Value.ToString() ?? "", StringComparer.OrdinalIgnoreCase);
        var response = entry.ResponseMessage;
        return new LoggedRequest(request.Method, new Uri(request.Url).PathAndQuery, headers, request.Body ?? "",
            response?.StatusCode is { } status ? Convert.ToInt32(status, System.Globalization.CultureInfo.InvariantCulture) : 0,
            StubFaults.IsConnectionReset(response), Math.Max(took, 0), receivedAt);
    }

    private void RecordAnswerTimes(object? sender, NotifyCollectionChangedEventArgs change)
    {
        foreach (var entry in change.NewItems?.OfType<ILogEntry>() ?? [])
        {
            _answeredAt[entry.Guid] = DateTimeOffset.UtcNow;
        }
    }
}
