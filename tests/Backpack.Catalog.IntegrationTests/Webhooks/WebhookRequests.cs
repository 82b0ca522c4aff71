using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Webhooks;

/// <summary>The webhook endpoints as a distributor's system calls them.</summary>
internal static class WebhookRequests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> CreateWebhookAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/v1/webhooks", body, HttpAssertions.Json, Cancellation);

    /// <summary>Registers <paramref name="url"/>, which must be accepted; returns the answer (with the secret).</summary>
    public static async Task<JsonElement> RegisterAsync(this HttpClient client, Uri url) =>
        await (await client.CreateWebhookAsync(new { url = url.ToString(), description = "test receiver" })).ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PingAsync(this HttpClient client, string webhookId) =>
        client.PostAsync($"/v1/webhooks/{webhookId}/ping", null, Cancellation);

    public static Task<HttpResponseMessage> RedeliverAsync(this HttpClient client, string webhookId, string deliveryId) =>
        client.PostAsync($"/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", null, Cancellation);

    public static async Task<List<JsonElement>> DeliveriesAsync(this HttpClient client, string webhookId, string query = "") =>
        (await client.GetJsonAsync<JsonElement>($"/v1/webhooks/{webhookId}/deliveries{query}")).GetProperty("items").EnumerateArray().ToList();

    /// <summary>
    /// Polls (bounded) until the webhook has <paramref name="count"/> deliveries, all in <paramref name="state"/> after at least
    /// <paramref name="minAttempts"/> attempts, and returns them. The receiver logs a request before the app records its answer,
    /// so tests wait on this, not on the receiver, before reading attempts.
    /// </summary>
    public static Task<List<JsonElement>> WaitForDeliveriesAsync(this HttpClient client, string webhookId, int count, string state, int minAttempts = 1) =>
        Eventually.ReadAsync(() => client.DeliveriesAsync(webhookId),
            deliveries => deliveries.Count >= count
                          && deliveries.TrueForAll(d => d.GetProperty("state").GetString() == state && d.GetProperty("attemptCount").GetInt32() >= minAttempts),
            TimeSpan.FromSeconds(10));

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;
}
