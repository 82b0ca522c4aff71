using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.PlaceOrder;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.IntegrationTests.Orders;

/// <summary>
/// Idempotency-Key on POST /v1/orders. The tests share one database, so each uses its own key and its own
/// buyer reference, and counts orders by that reference rather than in the whole table.
/// </summary>
public sealed class IdempotencyTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string ProblemBase = "https://backpack-catalog.dev/problems/";
    private static readonly long RetentionMs = (long)TimeSpan.FromHours(24).TotalMilliseconds;

    /// <summary>Orderable on its own: no product-level MOQ and no per-order cap.</summary>
    private static readonly SeedVariant Variant = SeedExpectations.Products
        .Where(p => p.ProductMoq is null)
        .SelectMany(p => p.Variants)
        .First(v => v.MaxPerOrder is null && v.StockOnHand > 0);

    /// <summary>Answers in-flight duplicates after 200 ms instead of 5 s, so the 409 is quick to reach.</summary>
    private sealed class ShortWaitApiFactory : CatalogueApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Orders:InFlightWait", "00:00:00.200");
        }
    }

    private static readonly JsonSerializerOptions Indented = new(HttpAssertions.Json) { WriteIndented = true };

    /// <summary>Each malformed-key case by name; null means the header is not sent at all.</summary>
    private static string? MalformedKey(string name) => name switch
    {
        "missing" => null,
        "empty" => "",
        "256 characters" => new string('k', IdempotencyStore.MaxKeyLength + 1),
        "contains a space" => "order 42",
        "non-ASCII" => "clé-de-commande",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Fact]
    public async Task A_retry_with_the_same_key_and_body_replays_the_first_answer_byte_for_byte()
    {
        var client = api.ClientWithKey(DemoKeys.Nairobi);
        var (key, po) = (NewKey(), NewPo());
        var json = JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, po));

        var first = await PostAsync(client, json, key);
        var order = await first.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        var second = await PostAsync(client, json, key);

        first.Headers.Location!.OriginalString.ShouldBe($"/v1/orders/{order.Id}");
        first.Headers.ETag!.Tag.ShouldBe("\"v1\"");
        first.Headers.Contains(IdempotencyStore.ReplayedHeader).ShouldBeFalse("the first answer is not a replay");
        order.BuyerReference.ShouldBe(po);

        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken))
            .ShouldBe(await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), "a replay is the stored answer, byte for byte");
        second.Headers.Location!.OriginalString.ShouldBe(first.Headers.Location.OriginalString);
        second.Headers.ETag!.Tag.ShouldBe("\"v1\"");
        second.Headers.GetValues(IdempotencyStore.ReplayedHeader).ShouldBe(["true"]);

        (await OrdersWithReferenceAsync(api.Database, po)).ShouldBe(1);
        (await api.Database.ScalarAsync<string>(
            $"SELECT state FROM idempotency_keys WHERE distributor_id = '{DemoKeys.NairobiId}' AND idempotency_key = '{key}'")).ShouldBe("completed");
        (await api.Database.ScalarAsync<string>(
            $"SELECT order_id FROM idempotency_keys WHERE distributor_id = '{DemoKeys.NairobiId}' AND idempotency_key = '{key}'")).ShouldBe(order.Id);
        (await api.Database.ScalarAsync<long>(
            $"SELECT expires_at_ms - locked_at_ms FROM idempotency_keys WHERE idempotency_key = '{key}'")).ShouldBe(RetentionMs, "keys are kept 24 hours");
    }

    [Fact]
    public async Task A_retry_whose_json_differs_only_in_formatting_is_still_a_replay()
    {
        var client = api.ClientWithKey(DemoKeys.Nairobi);
        var (key, po) = (NewKey(), NewPo());
        var body = OrderBodies.Order(Variant.Sku, Variant.Moq, po);

        var first = await PostAsync(client, JsonOf(body), key);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var indented = JsonSerializer.Serialize(body, Indented);
        var second = await PostAsync(client, indented, key);

        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.GetValues(IdempotencyStore.ReplayedHeader).ShouldBe(["true"]);
        (await OrdersWithReferenceAsync(api.Database, po)).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_422_and_creates_nothing_more()
    {
        var client = api.ClientWithKey(DemoKeys.Nairobi);
        var (key, po) = (NewKey(), NewPo());
        var order = await (await PostAsync(client, JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, po)), key))
            .ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        var before = await OrderTableCounts.ReadAsync(api.Database);

        var response = await PostAsync(client, JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq + Variant.OrderIncrement, po)), key);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().ShouldBe(ProblemBase + "idempotency-key-reused");
        response.Headers.Contains(IdempotencyStore.ReplayedHeader).ShouldBeFalse();
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before);
        (await OrdersWithReferenceAsync(api.Database, po)).ShouldBe(1);
        (await api.Database.ScalarAsync<string>(
            $"SELECT order_id FROM idempotency_keys WHERE distributor_id = '{DemoKeys.NairobiId}' AND idempotency_key = '{key}'"))
            .ShouldBe(order.Id, "the stored answer still belongs to the first order");
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("256 characters")]
    [InlineData("contains a space")]
    [InlineData("non-ASCII")]
    public async Task A_missing_or_malformed_key_is_400_and_writes_nothing(string keyCase)
    {
        var key = MalformedKey(keyCase);
        var client = api.ClientWithKey(DemoKeys.Nairobi);
        var before = await OrderTableCounts.ReadAsync(api.Database);

        var response = await PostAsync(client, JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, NewPo())), key);

        (await response.ShouldBeValidationProblemAsync()).ShouldContain(IdempotencyStore.HeaderName);
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task A_key_of_255_printable_ascii_characters_is_accepted()
    {
        var client = api.ClientWithKey(DemoKeys.Nairobi);
        var po = NewPo();
        var key = ("!~" + Guid.NewGuid().ToString("N")).PadRight(IdempotencyStore.MaxKeyLength, 'z');

        var response = await PostAsync(client, JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, po)), key);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = '{key}'")).ShouldBe(1);
        (await OrdersWithReferenceAsync(api.Database, po)).ShouldBe(1);
    }

    [Fact]
    public async Task Keys_are_scoped_per_distributor_so_the_same_key_places_two_orders()
    {
        var (key, po) = (NewKey(), NewPo());
        var json = JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, po));

        var nairobi = await PostAsync(api.ClientWithKey(DemoKeys.Nairobi), json, key);
        var alpen = await PostAsync(api.ClientWithKey(DemoKeys.Alpen), json, key);

        var nairobiOrder = await nairobi.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        var alpenOrder = await alpen.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        alpen.Headers.Contains(IdempotencyStore.ReplayedHeader).ShouldBeFalse("another distributor's key is not a retry");
        alpenOrder.Id.ShouldNotBe(nairobiOrder.Id);
        nairobiOrder.DistributorId.ShouldBe(DemoKeys.NairobiId);
        alpenOrder.DistributorId.ShouldBe(DemoKeys.AlpenId);
        (await OrdersWithReferenceAsync(api.Database, po)).ShouldBe(2);
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = '{key}'")).ShouldBe(2);
    }

    [Fact]
    public async Task A_request_rejected_by_the_rules_frees_its_key_for_the_corrected_order()
    {
        var client = api.ClientWithKey(DemoKeys.Nairobi);
        var (key, po) = (NewKey(), NewPo());

        var rejected = await PostAsync(client, JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq - Variant.OrderIncrement, po)), key);

        var problem = await rejected.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().ShouldBe(ProblemBase + "order-rules");
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = '{key}'")).ShouldBe(0);
        (await OrdersWithReferenceAsync(api.Database, po)).ShouldBe(0);

        var corrected = await PostAsync(client, JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, po)), key);

        var order = await corrected.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        corrected.Headers.Contains(IdempotencyStore.ReplayedHeader).ShouldBeFalse();
        order.Lines.Single().Quantity.ShouldBe(Variant.Moq);
        (await OrdersWithReferenceAsync(api.Database, po)).ShouldBe(1);
    }

    [Fact]
    public async Task An_expired_key_is_new_again_and_places_a_new_order()
    {
        var client = api.ClientWithKey(DemoKeys.Nairobi);
        var (key, po) = (NewKey(), NewPo());
        var json = JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, po));
        var first = await (await PostAsync(client, json, key)).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);

        await api.Database.ExecuteAsync($"UPDATE idempotency_keys SET expires_at_ms = 0 WHERE idempotency_key = '{key}'");
        // The same body again is not replayed, and its purchase order number still names the first order: 409, not a second order.
        var sameOrder = await PostAsync(client, json, key);
        (await sameOrder.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("orderId").GetString().ShouldBe(first.Id);
        var next = JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, NewPo()));
        var afterExpiry = await PostAsync(client, next, key);

        var second = await afterExpiry.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        afterExpiry.Headers.Contains(IdempotencyStore.ReplayedHeader).ShouldBeFalse("an expired key is not replayed");
        second.Id.ShouldNotBe(first.Id);
        (await OrdersWithReferenceAsync(api.Database, po)).ShouldBe(1);

        var retry = await PostAsync(client, next, key);
        retry.Headers.GetValues(IdempotencyStore.ReplayedHeader).ShouldBe(["true"]);
        (await retry.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created)).Id.ShouldBe(second.Id, "the key now belongs to the new order");
    }

    [Fact]
    public async Task Purging_deletes_expired_keys_and_keeps_live_ones_and_their_orders()
    {
        var client = api.ClientWithKey(DemoKeys.Nairobi);
        var (expiredKey, liveKey, po, livePo) = (NewKey(), NewKey(), NewPo(), NewPo());
        (await PostAsync(client, JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, po)), expiredKey)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await PostAsync(client, JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq + Variant.OrderIncrement, livePo)), liveKey))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await api.Database.ExecuteAsync($"UPDATE idempotency_keys SET expires_at_ms = 0 WHERE idempotency_key = '{expiredKey}'");
        var nowMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var expired = await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM idempotency_keys WHERE expires_at_ms <= {nowMs}");
        var total = await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM idempotency_keys");

        var (keys, _) = await api.Services.GetRequiredService<OrdersHousekeeping>().PurgeAsync(TestContext.Current.CancellationToken);

        expired.ShouldBeGreaterThanOrEqualTo(1);
        keys.ShouldBe((int)expired);
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = '{expiredKey}'")).ShouldBe(0);
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = '{liveKey}'")).ShouldBe(1);
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM idempotency_keys WHERE expires_at_ms <= {nowMs}")).ShouldBe(0);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM idempotency_keys")).ShouldBe(total - expired, "only expired rows go");
        (await OrdersWithReferenceAsync(api.Database, po) + await OrdersWithReferenceAsync(api.Database, livePo)).ShouldBe(2, "purging keys never deletes orders");
    }

    [Fact]
    public async Task A_duplicate_of_a_request_still_in_flight_waits_then_answers_409_and_leaves_the_claim_alone()
    {
        await using var shortWait = new ShortWaitApiFactory();
        await shortWait.InitializeAsync();
        var (key, po) = (NewKey(), NewPo());
        var json = JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, po));
        var lockedAtMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await InsertInFlightClaimAsync(shortWait, key, json, lockedAtMs);
        var before = await OrderTableCounts.ReadAsync(shortWait.Database);

        var waited = Stopwatch.StartNew();
        var response = await PostAsync(shortWait.ClientWithKey(DemoKeys.Nairobi), json, key);
        waited.Stop();

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe(ProblemBase + "idempotency-key-in-flight");
        waited.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(150), "the duplicate waits about InFlightWait before giving up");
        (await OrderTableCounts.ReadAsync(shortWait.Database)).ShouldBe(before);
        (await OrdersWithReferenceAsync(shortWait.Database, po)).ShouldBe(0);
        (await shortWait.Database.ScalarAsync<string>($"SELECT state FROM idempotency_keys WHERE idempotency_key = '{key}'")).ShouldBe("in_flight");
        (await shortWait.Database.ScalarAsync<long>($"SELECT locked_at_ms FROM idempotency_keys WHERE idempotency_key = '{key}'"))
            .ShouldBe(lockedAtMs, "a request that did not get the claim must not touch it");
    }

    [Fact]
    public async Task A_claim_abandoned_longer_than_AbandonedAfter_is_taken_over_and_the_order_is_placed()
    {
        await using var shortWait = new ShortWaitApiFactory();
        await shortWait.InitializeAsync();
        var (key, po) = (NewKey(), NewPo());
        var json = JsonOf(OrderBodies.Order(Variant.Sku, Variant.Moq, po));
        await InsertInFlightClaimAsync(shortWait, key, json, DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeMilliseconds());

        var response = await PostAsync(shortWait.ClientWithKey(DemoKeys.Nairobi), json, key);

        var order = await response.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        response.Headers.Contains(IdempotencyStore.ReplayedHeader).ShouldBeFalse();
        (await OrdersWithReferenceAsync(shortWait.Database, po)).ShouldBe(1);
        (await shortWait.Database.ScalarAsync<string>($"SELECT state FROM idempotency_keys WHERE idempotency_key = '{key}'")).ShouldBe("completed");
        (await shortWait.Database.ScalarAsync<string>($"SELECT order_id FROM idempotency_keys WHERE idempotency_key = '{key}'")).ShouldBe(order.Id);
    }

    /// <summary>A claim as a request that is still running (or died) would have left it, with the hash the API computes for <paramref name="json"/>.</summary>
    private static async Task InsertInFlightClaimAsync(CatalogueApiFactory factory, string key, string json, long lockedAtMs)
    {
        var serializer = factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var request = JsonSerializer.Deserialize<PlaceOrderRequest>(json, serializer)!;
        var hash = IdempotencyStore.HashOf(request, serializer);
        var expiresAtMs = lockedAtMs + (long)TimeSpan.FromDays(1).TotalMilliseconds;
        await factory.Database.ExecuteAsync($"""
            INSERT INTO idempotency_keys (distributor_id, idempotency_key, request_hash, state, locked_at_ms, expires_at_ms)
            VALUES ('{DemoKeys.NairobiId}', '{key}', '{hash}', 'in_flight', {lockedAtMs}, {expiresAtMs})
            """);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string json, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyStore.HeaderName, key).ShouldBeTrue();
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static Task<long> OrdersWithReferenceAsync(TestDatabase database, string buyerReference) =>
        database.ScalarAsync<long>($"SELECT COUNT(*) FROM orders WHERE buyer_reference = '{buyerReference}'");

    private static string JsonOf(object body) => JsonSerializer.Serialize(body, HttpAssertions.Json);

    private static string NewKey() => Guid.NewGuid().ToString();

    private static string NewPo() => $"PO-{Guid.NewGuid():N}";
}
