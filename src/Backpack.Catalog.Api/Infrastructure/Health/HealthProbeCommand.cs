namespace Backpack.Catalog.Api.Infrastructure.Health;

/// <summary>
/// The <c>healthcheck</c> command for the container's HEALTHCHECK: the runtime image has no curl, so the
/// app asks its own liveness endpoint and exits 0 (healthy) or 1.
/// </summary>
public static class HealthProbeCommand
{
    public static async Task<int> RunAsync(HttpClient client, Uri liveUrl, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(liveUrl, cancellationToken);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var port = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS")?.Split(';')[0] ?? "8080";
        var url = args.Length > 1 ? new Uri(args[1]) : new Uri($"http://127.0.0.1:{port}/health/live");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        return await RunAsync(client, url, CancellationToken.None);
    }
}
