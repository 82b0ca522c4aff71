using System.Net;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Orders;

/// <summary>
/// Simultaneous order requests against one app. Each test starts its own app on a fresh database, so table-wide
/// counts and the seeded stock levels are exact. Every request is released by one gate, on its own HttpClient.
/// </summary>
public sealed class ConcurrencyTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private sealed record Answer(HttpStatusCode Status, string Body, bool Replayed);

    [Fact]
    public async Task Fifty_simultaneous_identical_requests_with_one_key_place_exactly_one_order_and_all_get_its_answer()
    {
        await using var api = await StartAsync();
        var variant = OrderableAlone().First(v => v.StockOnHand > 0);
        var json = JsonSerializer.Serialize(OrderBodies.Order(variant.Sku, variant.Moq, "PO-CONCURRENT-1"), HttpAssertions.Json);
        var key = Guid.NewGuid().ToString();

        var answers = await SendTogetherAsync(api, Enumerable.Repeat((DemoKeys.Nairobi, json, key), 50).ToList());

        answers.Where(a => a.Status != HttpStatusCode.Created).Select(a => $"{(int)a.Status}: {a.Body}").ShouldBeEmpty();
        answers.Select(a => a.Body).Distinct(StringComparer.Ordinal).Count().ShouldBe(1, "every answer is the one stored answer");
        answers.Count(a => a.Replayed).ShouldBe(49);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM orders")).ShouldBe(1);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM order_lines")).ShouldBe(1);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM idempotency_keys")).ShouldBe(1);
        var orderId = JsonDocument.Parse(answers[0].Body).RootElement.GetProperty("id").GetString();
        (await api.Database.ScalarAsync<string>("SELECT order_id FROM orders")).ShouldBe(orderId);
        (await api.Database.ScalarAsync<long>($"SELECT stock_reserved FROM variants WHERE sku = '{variant.Sku}'"))
            .ShouldBe(Math.Min(variant.Moq, variant.StockOnHand), "stock is reserved once, for the one order");
    }

    [Fact]
    public async Task Simultaneous_orders_for_scarce_stock_never_reserve_more_than_is_on_hand()
    {
        await using var api = await StartAsync();
        // The smallest stock that still covers more than one order, so several orders race for it.
        var variant = OrderableAlone().Where(v => v.StockOnHand > v.Moq).MinBy(v => v.StockOnHand)!;
        var requests = Enumerable.Range(0, 20).Select(i =>
        {
            var quantity = variant.Moq + (i % 3 * variant.OrderIncrement);
            var body = OrderBodies.Order(variant.Sku, quantity, $"PO-SCARCE-{i:D2}");
            return (ApiKey: i % 2 == 0 ? DemoKeys.Nairobi : DemoKeys.Alpen, Json: JsonSerializer.Serialize(body, HttpAssertions.Json), Key: Guid.NewGuid().ToString());
        }).ToList();
        var asked = Enumerable.Range(0, 20).Sum(i => variant.Moq + (i % 3 * variant.OrderIncrement));
        asked.ShouldBeGreaterThan(variant.StockOnHand, "the test needs more demand than stock");

        var answers = await SendTogetherAsync(api, requests);

        answers.Where(a => a.Status != HttpStatusCode.Created).Select(a => $"{(int)a.Status}: {a.Body}").ShouldBeEmpty();
        answers.ShouldAllBe(a => !a.Replayed);
        var lines = answers.Select(a => JsonSerializer.Deserialize<OrderResponse>(a.Body, HttpAssertions.Json)!.Lines.Single()).ToList();
        lines.ShouldAllBe(l => l.FromStock + l.MadeToOrder == l.Quantity && l.FromStock >= 0 && l.MadeToOrder >= 0);
        lines.Sum(l => l.FromStock).ShouldBe(variant.StockOnHand, "the answers promise exactly the stock there is");

        var db = api.Database;
        var onHand = await db.ScalarAsync<long>($"SELECT stock_on_hand FROM variants WHERE sku = '{variant.Sku}'");
        var reserved = await db.ScalarAsync<long>($"SELECT stock_reserved FROM variants WHERE sku = '{variant.Sku}'");
        var reservedByLines = await db.ScalarAsync<long>($"SELECT SUM(reserved_from_stock) FROM order_lines WHERE sku = '{variant.Sku}'");
        onHand.ShouldBe(variant.StockOnHand);
        reservedByLines.ShouldBe(reserved, "the variant's reservation is the sum of its order lines'");
        reserved.ShouldBeLessThanOrEqualTo(onHand);
        reserved.ShouldBe(Math.Min(variant.StockOnHand, asked));
        (await db.ScalarAsync<long>($"SELECT COUNT(*) FROM order_lines WHERE sku = '{variant.Sku}' AND reserved_from_stock + made_to_order <> quantity")).ShouldBe(0);
        (await db.ScalarAsync<long>($"SELECT SUM(quantity) FROM order_lines WHERE sku = '{variant.Sku}'")).ShouldBe(asked);
        (await db.ScalarAsync<long>("SELECT COUNT(*) FROM orders")).ShouldBe(20);
        (await db.ScalarAsync<long>($"SELECT COUNT(*) FROM orders WHERE distributor_id = '{DemoKeys.AlpenId}'")).ShouldBe(10);
    }

    [Fact]
    public async Task Two_app_instances_on_one_database_place_one_order_for_fifty_identical_requests()
    {
        await using var first = await StartAsync();
        await using var second = CatalogueApiFactory.SharingDatabaseWith(first);
        await second.InitializeAsync();
        var variant = OrderableAlone().First(v => v.StockOnHand > 0);
        var json = JsonSerializer.Serialize(OrderBodies.Order(variant.Sku, variant.Moq, "PO-TWO-HOSTS"), HttpAssertions.Json);

        var answers = await SendTogetherAsync([first, second], Enumerable.Repeat((DemoKeys.Alpen, json, Guid.NewGuid().ToString()), 50).ToList());

        answers.Where(a => a.Status != HttpStatusCode.Created).Select(a => $"{(int)a.Status}: {a.Body}").ShouldBeEmpty();
        answers.Select(a => a.Body).Distinct(StringComparer.Ordinal).Count().ShouldBe(1);
        answers.Count(a => a.Replayed).ShouldBe(49);
        (await first.Database.ScalarAsync<long>("SELECT COUNT(*) FROM orders")).ShouldBe(1);
        (await first.Database.ScalarAsync<long>($"SELECT stock_reserved FROM variants WHERE sku = '{variant.Sku}'"))
            .ShouldBe(Math.Min(variant.Moq, variant.StockOnHand));
    }

    /// <summary>Variants an order may name on their own: no product-level MOQ and no per-order cap.</summary>
    private static IEnumerable<SeedVariant> OrderableAlone() => SeedExpectations.Products
        .Where(p => p.ProductMoq is null)
        .SelectMany(p => p.Variants)
        .Where(v => v.MaxPerOrder is null);

    private static async Task<CatalogueApiFactory> StartAsync()
    {
        var api = new CatalogueApiFactory();
        await api.InitializeAsync();
        return api;
    }

    /// <summary>Sends every request on its own client, all released at once, and collects the answers within <see cref="Bound"/>.</summary>
    private static Task<Answer[]> SendTogetherAsync(CatalogueApiFactory api, IReadOnlyList<(string ApiKey, string Json, string Key)> requests) =>
        SendTogetherAsync([api], requests);

    /// <summary>As above, spreading the requests over several app instances in turn.</summary>
    private static async Task<Answer[]> SendTogetherAsync(IReadOnlyList<CatalogueApiFactory> apis, IReadOnlyList<(string ApiKey, string Json, string Key)> requests)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var clients = requests.Select((r, i) => apis[i % apis.Count].ClientWithKey(r.ApiKey)).ToList();
        try
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var sends = requests.Select((r, i) => Task.Run(async () =>
            {
                await gate.Task;
                using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders") { Content = new StringContent(r.Json, Encoding.UTF8, "application/json") };
                request.Headers.Add(IdempotencyStore.HeaderName, r.Key);
                using var response = await clients[i].SendAsync(request, cancellationToken);
                return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken),
                    response.Headers.TryGetValues(IdempotencyStore.ReplayedHeader, out var replayed) && replayed.SequenceEqual(["true"]));
            }, cancellationToken)).ToList();
            gate.SetResult();
            return await Task.WhenAll(sends).WaitAsync(Bound, cancellationToken);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }
}
