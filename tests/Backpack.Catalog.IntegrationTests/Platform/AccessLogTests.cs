using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>The app with its access log on (every other test runs it at Warning), captured, and one anonymous request per client address.</summary>
public sealed class AccessLogApiFactory : CatalogueApiFactory
{
    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ClientAddressHeader.AddTo(builder);
        builder.UseSetting($"Logging:LogLevel:{AccessLog.Category}", "Information");
        builder.UseSetting("RateLimits:Anonymous:PermitLimit", "1");
        builder.UseSetting("RateLimits:Anonymous:Window", "00:01:00");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}

/// <summary>
/// One access line per request, written when it is answered, with the status the client got: from an endpoint, from
/// middleware (401, 429), and from the exception handler (400 for a body that does not bind, 500). Each test sends
/// from its own client address (documentation range 198.51.100.0/24), so none uses up another's quota.
/// </summary>
public sealed class AccessLogTests(AccessLogApiFactory api) : IClassFixture<AccessLogApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_read_is_one_line_with_method_path_query_status_elapsed_and_length()
    {
        var (response, line, waitedMs) = await SendAsync(ClientAt("198.51.100.1"), new HttpRequestMessage(HttpMethod.Get, "/v1/products?limit=3"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsByteArrayAsync(Cancel);
        line.ShouldSatisfyAllConditions(
            l => l.Level.ShouldBe(LogLevel.Information),
            l => l.Method.ShouldBe("GET"),
            l => l.Path.ShouldBe("/v1/products"),
            l => l.Query.ShouldBe("?limit=3"),
            l => l.StatusCode.ShouldBe(200),
            l => l.ElapsedMs.ShouldBeInRange(0.001, waitedMs),
            l => l.ContentLength.ShouldBe(body.Length),
            l => l.Role.ShouldBeNull(),
            l => l.KeyId.ShouldBeNull(),
            l => l.TraceId.ShouldNotBeNullOrWhiteSpace(),
            l => l.Message.ShouldStartWith("GET /v1/products?limit=3 answered 200 in "));
    }

    [Fact]
    public async Task A_404_is_logged_with_the_trace_id_its_problem_quotes()
    {
        var (response, line, waitedMs) = await SendAsync(ClientAt("198.51.100.2"), new HttpRequestMessage(HttpMethod.Get, "/v1/products/no-such-backpack"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        line.ShouldSatisfyAllConditions(
            l => l.Method.ShouldBe("GET"),
            l => l.Path.ShouldBe("/v1/products/no-such-backpack"),
            l => l.Query.ShouldBe(""),
            l => l.StatusCode.ShouldBe(404),
            l => l.ElapsedMs.ShouldBeInRange(0.001, waitedMs),
            l => l.TraceId.ShouldBe(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task A_bad_key_is_a_401_line_without_a_caller()
    {
        var client = ClientAt("198.51.100.3");
        client.DefaultRequestHeaders.Add("X-Api-Key", "bpk_nosuchkey2026_" + new string('x', 40));

        var (response, line, waitedMs) = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/v1/categories?access-log=bad-key"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        line.ShouldSatisfyAllConditions(
            l => l.Method.ShouldBe("GET"),
            l => l.Path.ShouldBe("/v1/categories"),
            l => l.Query.ShouldBe("?access-log=bad-key"),
            l => l.StatusCode.ShouldBe(401),
            l => l.ElapsedMs.ShouldBeInRange(0.001, waitedMs),
            l => l.Role.ShouldBeNull(),
            l => l.KeyId.ShouldBeNull(),
            l => l.TraceId.ShouldBe(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task A_request_over_the_quota_is_a_429_line()
    {
        var client = ClientAt("198.51.100.4");
        (await client.GetAsync("/v1/categories", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (response, line, waitedMs) = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/v1/currencies?access-log=over-quota"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        line.ShouldSatisfyAllConditions(
            l => l.Method.ShouldBe("GET"),
            l => l.Path.ShouldBe("/v1/currencies"),
            l => l.StatusCode.ShouldBe(429),
            l => l.ElapsedMs.ShouldBeInRange(0.001, waitedMs),
            l => l.TraceId.ShouldBe(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task An_order_is_a_201_line_naming_the_distributor_key()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders")
        {
            Content = JsonContent.Create(OrderBodies.Order("EC-ROLL11-GLB", 100, "PO-ACCESS-LOG-1"), options: HttpAssertions.Json),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var (response, line, waitedMs) = await SendAsync(api.ClientWithKey(DemoKeys.Nairobi), request);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        line.ShouldSatisfyAllConditions(
            l => l.Method.ShouldBe("POST"),
            l => l.Path.ShouldBe("/v1/orders"),
            l => l.StatusCode.ShouldBe(201),
            l => l.ElapsedMs.ShouldBeInRange(0.001, waitedMs),
            l => l.Role.ShouldBe("distributor"),
            l => l.KeyId.ShouldBe(OrderRequests.KeyIdOf(DemoKeys.Nairobi)),
            l => l.Message.ShouldContain($"role=distributor key={OrderRequests.KeyIdOf(DemoKeys.Nairobi)} trace="));
    }

    [Fact]
    public async Task A_body_that_does_not_bind_is_logged_with_the_400_the_exception_handler_answered()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/quotes?access-log=broken-json")
        {
            Content = new StringContent("{\"lines\": [", Encoding.UTF8, "application/json"),
        };

        var (response, line, _) = await SendAsync(ClientAt("198.51.100.6"), request);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        line.StatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task A_request_that_throws_is_a_500_line_and_the_error_it_logs_carries_the_same_trace()
    {
        var client = ClientAt("198.51.100.7");
        await api.Database.ExecuteAsync(Rename("products", "products_gone"));
        (HttpResponseMessage Response, AccessLine Line, double WaitedMs) sent;
        try
        {
            sent = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/v1/products?q=broken-database"));
        }
        finally
        {
            await api.Database.ExecuteAsync(Rename("products_gone", "products"));
        }

        var traceId = (await sent.Response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError)).GetProperty("traceId").GetString()!;
        sent.Line.StatusCode.ShouldBe(500);
        sent.Line.TraceId.ShouldBe(traceId);
        var error = api.Log.Entries.Where(e => e.Level == LogLevel.Error && e.Mentions(TraceHex(traceId))).ShouldHaveSingleItem();
        error.Category.ShouldEndWith("ProblemExceptionHandler");
        error.Exception.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_long_query_is_cut_to_the_logged_length()
    {
        // A cursor the server never issued: refused (400), and logged like any other request.
        var query = "?cursor=" + new string('q', 1000);

        var response = await ClientAt("198.51.100.8").GetAsync("/v1/products" + query, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        List<AccessLine> Read() => [.. api.Log.AccessLines.Where(l => l.Query.StartsWith("?cursor=qqq", StringComparison.Ordinal))];
        var lines = await Eventually.ReadAsync(() => Task.FromResult(Read()), l => l.Count > 0, TimeSpan.FromSeconds(5));
        lines.ShouldHaveSingleItem().Query.ShouldBe(query[..AccessLog.MaxLoggedLength] + "…");
    }

    /// <summary>Sends the request, waits for its access line, and returns it with the milliseconds the test waited for both.</summary>
    private async Task<(HttpResponseMessage Response, AccessLine Line, double WaitedMs)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await client.SendAsync(request, Cancel);
        var target = request.RequestUri!;
        bool IsOf(AccessLine line) => line.Method == request.Method.Method && line.Path + line.Query == target.PathAndQuery;
        // The line is written after the response has been handed over, so it may come a moment later.
        var lines = await Eventually.ReadAsync(() => Task.FromResult(api.Log.AccessLines.Where(IsOf).ToList()), l => l.Count > 0, TimeSpan.FromSeconds(5));
        var waitedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return (response, lines.ShouldHaveSingleItem($"one access line for {request.Method} {target}"), waitedMs);
    }

    private HttpClient ClientAt(string address)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressHeader.Name, address);
        return client;
    }

    // Problem bodies quote the W3C traceparent (00-<trace id>-<span id>-<flags>); log scopes carry the trace id alone.
    private static string TraceHex(string traceParent) => traceParent.Split('-')[1];

    private string Rename(string from, string to) => api.Database.Provider == Api.Infrastructure.Data.DatabaseProvider.Sqlite
        ? $"ALTER TABLE {from} RENAME TO {to}"
        : $"EXEC sp_rename '{from}', '{to}'";
}

/// <summary>An access line's fields, as the app's <c>[LoggerMessage]</c> names them.</summary>
public sealed record AccessLine(LogLevel Level, string Message, string Method, string Path, string Query, int StatusCode, double ElapsedMs,
    long? ContentLength, string? Role, string? KeyId, string? TraceId);

/// <summary>One captured log entry: its structured values and those of the scopes it was written in.</summary>
public sealed record CapturedEntry(string Category, LogLevel Level, string Message, Exception? Exception,
    IReadOnlyDictionary<string, object?> Values, IReadOnlyList<KeyValuePair<string, object?>> ScopeValues)
{
    public bool Mentions(string text) =>
        Values.Values.Concat(ScopeValues.Select(s => s.Value)).Any(v => v?.ToString()?.Contains(text, StringComparison.Ordinal) == true);
}

/// <summary>Keeps every entry the app logs (scopes included, as the JSON console writes them), for tests to read.</summary>
public sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedEntry> Entries => [.. _entries];

    public IEnumerable<AccessLine> AccessLines => Entries.Where(e => e.Category == AccessLog.Category).Select(e => new AccessLine(
        e.Level, e.Message, (string)e.Values["Method"]!, (string)e.Values["Path"]!, (string)e.Values["Query"]!, (int)e.Values["StatusCode"]!,
        (double)e.Values["ElapsedMs"]!, (long?)e.Values["ContentLength"], (string?)e.Values["Role"], (string?)e.Values["KeyId"],
        (string?)e.Values["TraceId"]));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => log._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            List<KeyValuePair<string, object?>> scopeValues = [];
            log._scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    list.AddRange(pairs);
                }
            }, scopeValues);
            log._entries.Enqueue(new CapturedEntry(category, logLevel, formatter(state, exception), exception,
                values.ToDictionary(p => p.Key, p => p.Value), scopeValues));
        }
    }
}
