using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Webhooks;

/// <summary>
/// The distributor's side: what WireMock, standing in for the receiver, was sent, and the signature check a receiver runs,
/// written from api-docs/webhooks.md alone (it shares no code with the app's signer).
/// </summary>
public sealed class WebhookReceiver(WireMockFixture wireMock)
{
    public Uri UrlOf(string path) => new(wireMock.BaseUrl, path.TrimStart('/'));

    /// <summary>A POST as the receiver got it: headers and the raw body.</summary>
    public sealed record Received(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : throw new ShouldAssertException($"No {name} header.");

        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }

    /// <summary>The POSTs to <paramref name="path"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Received>> ReceivedAsync(string path) =>
        (await wireMock.RequestsAsync(path))
            .Where(request => request.Method == "POST" && request.Url == path)
            .Select(request => new Received(path, request.Headers, request.Body))
            .ToList();

    /// <summary>Waits (bounded) until <paramref name="path"/> has received at least <paramref name="count"/> POSTs.</summary>
    public Task<IReadOnlyList<Received>> WaitForAsync(string path, int count) =>
        Eventually.ReadAsync(() => ReceivedAsync(path), received => received.Count >= count, TimeSpan.FromSeconds(10));

    /// <summary>The documented check: fresh timestamp (5 minutes), then HMAC-SHA256(secret, "{timestamp}.{body}") compared in constant time.</summary>
    public static bool SignatureIsValid(string secret, Received request, DateTimeOffset now)
    {
        var timestamp = request.Header("Backpack-Webhook-Timestamp");
        if (!long.TryParse(timestamp, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "." + request.Body));
        var expected = "v1=" + string.Concat(digest.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(request.Header("Backpack-Webhook-Signature")));
    }
}
