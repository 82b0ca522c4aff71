using System.Globalization;
using System.Text;
using Polly.Timeout;

namespace Backpack.Catalog.Api.Integrations.Webhooks;

/// <summary>
/// One signed POST to a distributor's receiver. A single try with a short timeout and no redirects: retrying is the
/// delivery queue's job, on its backoff schedule, so this class only says what happened.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string ClientName = "webhooks";
    public const int MaxErrorLength = 500;

    /// <param name="StatusCode">The receiver's status code; null when there was no answer.</param>
    public sealed record Attempt(DateTimeOffset At, int? StatusCode, TimeSpan Duration, string? Error)
    {
        public bool Delivered => StatusCode is >= 200 and < 300;
    }

    public async Task<Attempt> SendAsync(Uri url, string secret, string eventId, string body, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var timestamp = at.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.IdHeader, eventId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));

        var started = clock.GetTimestamp();
        try
        {
            using var http = clients.CreateClient(ClientName);
            // Only the status matters; the receiver's body is never read.
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            var error = response.IsSuccessStatusCode ? null
                : status is >= 300 and < 400 ? $"The receiver answered {status} {response.ReasonPhrase}; redirects are not followed, register the final URL."
                : $"The receiver answered {status} {response.ReasonPhrase}.";
            return new Attempt(at, status, clock.GetElapsedTime(started), Truncate(error));
        }
        catch (TimeoutRejectedException)
        {
            return new Attempt(at, null, clock.GetElapsedTime(started), "The receiver did not answer in time.");
        }
        catch (HttpRequestException ex)
        {
            return new Attempt(at, null, clock.GetElapsedTime(started), Truncate($"Could not reach the receiver: {ex.InnerException?.Message ?? ex.Message}"));
        }
    }

    private static string? Truncate(string? text) => text is null || text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];

    /// <summary>The attempt timeout is the resilience handler's (WebhooksServices).</summary>
    public static void Configure(HttpClient http)
    {
        http.Timeout = Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Backpack-Catalog-Webhooks/1");
    }

    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
}
