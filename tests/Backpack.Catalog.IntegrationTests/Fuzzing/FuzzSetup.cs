using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// Prepares the data the fuzzer's baselines need and collects its ids: keys of every kind, orders of two distributors, a
/// webhook with a delivery, a dead-lettered ERP message, and a valid cursor of every paged operation.
/// </summary>
public static class FuzzSetup
{
    /// <summary>Sent with the first setup order, so that a fuzzed order with this key and another body must be refused.</summary>
    public const string UsedIdempotencyKey = "fuzz-setup-order-1";

    // Well-formed (bpk_, a key id, a 40-character secret) but never issued.
    private const string UnknownKey = "bpk_fuzzunknownkey_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<FuzzTargets> PrepareAsync(CatalogueApiFactory api)
    {
        var admin = await api.CreateAdminKeyAsync("fuzz: admin");
        var adminClient = api.ClientWithKey(admin);
        var store = api.Services.GetRequiredService<ApiKeyStore>();
        var spareKeyIds = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            spareKeyIds.Add((await store.IssueAsync(ApiKeyRoles.Storefront, null, $"fuzz: spare {i}, for RevokeApiKey", Cancellation)).KeyId);
        }

        var revoked = await store.IssueAsync(ApiKeyRoles.Storefront, null, "fuzz: revoked", Cancellation);
        (await adminClient.PostAsync($"/v1/admin/api-keys/{revoked.KeyId}/revoke", null, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var alpen = api.ClientWithKey(DemoKeys.Alpen);
        await PlaceOrderAsync(nairobi, OrderBodies.Order("CL-METRO9-BLK", 100, "PO-FUZZ-1"), UsedIdempotencyKey);
        await PlaceOrderAsync(nairobi, OrderBodies.Order("CL-METRO9-NVY", 100, "PO-FUZZ-2"), "fuzz-setup-order-2");
        await PlaceOrderAsync(nairobi, OrderBodies.Order("CL-METRO9-BLK", 200, "PO-FUZZ-3"), "fuzz-setup-order-3");
        var foreignOrder = await PlaceOrderAsync(alpen, OrderBodies.Order("CL-METRO9-BLK", 100, "PO-FUZZ-ALPEN"), "fuzz-setup-order-alpen");
        var webhook = await CreateWebhookAsync(nairobi);
        (await nairobi.PostAsync($"/v1/webhooks/{webhook}/ping", null, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var foreignWebhook = await CreateWebhookAsync(alpen);
        await api.Database.ExecuteAsync(
            $"UPDATE outbox_messages SET state = 'dead', last_error = 'fuzz: the ERP refused it' WHERE order_id = '{foreignOrder}'");

        var ids = await IdsAsync(api.Database, spareKeyIds, webhook);
        var keys = new FuzzKeys(admin, DemoKeys.Nairobi, DemoKeys.Alpen, DemoKeys.Storefront, revoked.Key, UnknownKey);
        return new FuzzTargets(keys, ids, [foreignOrder, foreignWebhook], new Dictionary<string, string>(), UsedIdempotencyKey);
    }

    /// <summary>A valid cursor of every operation that pages: the nextCursor of its baseline request for one item.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CursorsAsync(HttpClient client, IEnumerable<FuzzCaseGenerator> generators)
    {
        var cursors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var generator in generators.Where(g => g.Operation.Method == "GET" && g.Operation.In("query").Any(p => p.IsCursor)))
        {
            var baseline = generator.Baseline();
            var limit = generator.Operation.In("query").Any(p => p.Name == "limit") ? (baseline.PathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "limit=1" : "";
            using var request = new HttpRequestMessage(HttpMethod.Get, baseline.PathAndQuery + limit);
            foreach (var (name, value) in baseline.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            request.Options.Set(OpenApiConformanceHandler.ReportOnly, true);
            using var response = await client.SendAsync(request, Cancellation);
            var body = await response.Content.ReadAsStringAsync(Cancellation);
            if (response.IsSuccessStatusCode && JsonDocument.Parse(body).RootElement.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String)
            {
                cursors[generator.Operation.Name] = next.GetString()!;
            }
        }

        return cursors;
    }

    private static async Task<string> PlaceOrderAsync(HttpClient client, object body, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders") { Content = JsonContent.Create(body, options: HttpAssertions.Json) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        var order = await (await client.SendAsync(request, Cancellation)).ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        return order.GetProperty("id").GetString()!;
    }

    private static async Task<string> CreateWebhookAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/v1/webhooks", new { url = "https://example.com/fuzz-hook", description = "fuzz" }, HttpAssertions.Json, Cancellation);
        return (await response.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    /// <summary>Real ids by the name of the parameter that takes them. RevokeApiKey gets spare keys, never one the fuzzer uses.</summary>
    private static async Task<Dictionary<string, IReadOnlyList<string>>> IdsAsync(TestDatabase database, List<string> spareKeyIds, string webhook)
    {
        await using var connection = await database.Connections().OpenAsync(Cancellation);
        async Task<IReadOnlyList<string>> Query(string sql, int take, object? parameters = null) =>
            (await connection.QueryAsync<string>(sql, parameters)).Take(take).ToList();

        var products = await Query("SELECT product_id FROM products WHERE status = 'published' ORDER BY product_id", 8);
        return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["id"] = products,
            ["productId"] = products,
            ["sku"] = await Query("SELECT sku FROM variants ORDER BY sku", 12),
            ["distributorId"] = await Query("SELECT distributor_id FROM distributors ORDER BY distributor_id", 4),
            ["keyId"] = spareKeyIds,
            ["orderId"] = await Query("SELECT order_id FROM orders WHERE distributor_id = @Id ORDER BY order_id", 4, new { Id = DemoKeys.NairobiId }),
            ["messageId"] = await Query("SELECT message_id FROM outbox_messages ORDER BY CASE WHEN state = 'dead' THEN 0 ELSE 1 END, message_id", 3),
            ["laneId"] = await Query("SELECT lane_id FROM freight_lanes ORDER BY lane_id", 4),
            ["country"] = ["KE", "DE"],
            ["hsHeading"] = ["4202.92", "4202.91"],
            ["optionId"] = await Query("SELECT option_id FROM customization_options ORDER BY option_id", 4),
            ["webhookId"] = [webhook],
            ["deliveryId"] = await Query("SELECT delivery_id FROM webhook_deliveries WHERE webhook_id = @Webhook ORDER BY delivery_id", 3, new { Webhook = webhook }),
        };
    }
}
