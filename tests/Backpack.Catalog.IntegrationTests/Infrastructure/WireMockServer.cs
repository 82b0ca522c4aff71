using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>
/// A WireMock standalone server on 127.0.0.1 and a free port, driven through its admin API. Stubs are
/// WireMock JSON files under WireMock/mappings, so WireMock.Net could read the same files.
/// </summary>
public sealed partial class WireMockServer : IAsyncLifetime
{
    private readonly Process _process = new();
    private readonly HttpClient _admin = new();

    public Uri BaseUrl { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var jar = BuildPaths.WireMockJar;
        if (!File.Exists(jar))
        {
            throw new InvalidOperationException($"The WireMock jar is missing at {jar}; the test project's build installs it with npm ci.");
        }

        _process.StartInfo = new ProcessStartInfo("java", ["-jar", jar, "--port", "0", "--bind-address", "127.0.0.1", "--disable-banner", "--async-response-enabled", "true"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process.Start();
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (PortLine().Match(line) is { Success: true } match)
            {
                BaseUrl = new Uri($"http://127.0.0.1:{match.Groups[1].Value}/");
                _admin.BaseAddress = new Uri(BaseUrl, "__admin/");
                _ = DrainAsync(_process.StandardOutput);
                return;
            }
        }

        throw new InvalidOperationException("WireMock exited before printing its port.");
    }

    /// <summary>Replaces every stub, the request journal and scenario states with the mappings in the named file.</summary>
    public async Task UseAsync(string mappingFile)
    {
        (await _admin.PostAsync("reset", null)).EnsureSuccessStatusCode();
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "WireMock", "mappings", mappingFile));
        (await _admin.PostAsync("mappings/import", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
    }

    /// <summary>Swaps the stubs (as when the stubbed service goes down or comes back) and keeps the request journal.</summary>
    public async Task SwitchToAsync(string mappingFile)
    {
        (await _admin.DeleteAsync("mappings")).EnsureSuccessStatusCode();
        (await _admin.PostAsync("scenarios/reset", null)).EnsureSuccessStatusCode();
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "WireMock", "mappings", mappingFile));
        (await _admin.PostAsync("mappings/import", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
    }

    /// <summary>A request as WireMock's journal logged it, with the answer it was given.</summary>
    /// <param name="TookMs">From receiving the request to sending the answer, stub delay included; a client with a shorter timeout never saw the answer.</param>
    public sealed record LoggedRequest(
        string Method, string Url, IReadOnlyDictionary<string, string> Headers, string Body, int Status, bool Fault, int TookMs, DateTimeOffset LoggedAt)
    {
        public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>The journal's requests whose URL starts with <paramref name="urlPrefix"/>, oldest first.</summary>
    public async Task<IReadOnlyList<LoggedRequest>> RequestsAsync(string urlPrefix)
    {
        var body = await _admin.GetFromJsonAsync<JsonElement>("requests");
        return body.GetProperty("requests").EnumerateArray()
            .Select(Parse)
            .Where(r => r.Url.StartsWith(urlPrefix, StringComparison.Ordinal))
            .OrderBy(r => r.LoggedAt)
            .ToList();
    }

    private static LoggedRequest Parse(JsonElement entry)
    {
        var request = entry.GetProperty("request");
        var headers = request.TryGetProperty("headers", out var h)
            ? h.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Array ? p.Value[0].GetString()! : p.Value.GetString()!, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var definition = entry.TryGetProperty("responseDefinition", out var d) ? d : default;
        var fault = definition.ValueKind == JsonValueKind.Object && definition.TryGetProperty("fault", out _);
        var status = definition.ValueKind == JsonValueKind.Object && definition.TryGetProperty("status", out var s) ? s.GetInt32() : 0;
        var took = entry.TryGetProperty("timing", out var t) && t.TryGetProperty("totalTime", out var total) ? total.GetInt32() : 0;
        return new LoggedRequest(request.GetProperty("method").GetString()!, request.GetProperty("url").GetString()!, headers,
            request.TryGetProperty("body", out var b) ? b.GetString() ?? "" : "", status, fault, took,
            DateTimeOffset.FromUnixTimeMilliseconds(request.GetProperty("loggedDate").GetInt64()));
    }

    public async Task<int> CountAsync(string method, string urlPath)
    {
        var response = await _admin.PostAsJsonAsync("requests/count", new { method, urlPath });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32();
    }

    /// <summary>
    /// Waits until WireMock has logged <paramref name="expected"/> requests (a delayed answer is logged once served)
    /// and a moment more, then returns the count, so a surplus shows up as a failure rather than a race.
    /// </summary>
    public async Task<int> SettledCountAsync(string method, string urlPath, int expected)
    {
        await Eventually.ReadAsync(() => CountAsync(method, urlPath), count => count >= expected, TimeSpan.FromSeconds(10));
        await Task.Delay(300);
        return await CountAsync(method, urlPath);
    }

    /// <summary>When each matching request was received, oldest first.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> ReceivedAtAsync(string urlPath)
    {
        var body = await _admin.GetFromJsonAsync<JsonElement>("requests");
        return body.GetProperty("requests").EnumerateArray()
            .Where(r => r.GetProperty("request").GetProperty("url").GetString()!.StartsWith(urlPath, StringComparison.Ordinal))
            .Select(r => DateTimeOffset.FromUnixTimeMilliseconds(r.GetProperty("request").GetProperty("loggedDate").GetInt64()))
            .Order()
            .ToList();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        _admin.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task DrainAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is not null)
        {
        }
    }

    [GeneratedRegex(@"^port:\s+(\d+)\s*$")]
    private static partial Regex PortLine();
}
