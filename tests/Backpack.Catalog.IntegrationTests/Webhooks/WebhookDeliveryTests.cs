using System.Net;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Stubs;
using Backpack.Catalog.IntegrationTests.Orders;
using Dapper;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.Webhooks;

/// <summary>
/// WireMock is the distributor's receiver (Stubs/WebhookReceiverStubs.cs). Each test gets a new app, and checks
/// what the receiver got, signatures included, against what the deliveries list reports.
/// Settings here: poll every 50 ms, retry after 100 ms doubling to 400 ms, 3 attempts per round.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class WebhookDeliveryTests(WireMockFixture wireMock) : IClassFixture<WireMockFixture>
{
    private readonly WebhookReceiver _receiver = new(wireMock);

    private sealed class WebhookApiFactory : CatalogueApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:AllowInsecureHttp", "true");
            builder.UseSetting("Webhooks:PollInterval", "00:00:00.050");
            builder.UseSetting("Webhooks:BackoffFirst", "00:00:00.100");
            builder.UseSetting("Webhooks:BackoffMax", "00:00:00.400");
            builder.UseSetting("Webhooks:MaxAttempts", "3");
            builder.UseSetting("Webhooks:AttemptTimeout", "00:00:02");
        }
    }

    [Fact]
    public async Task Order_events_reach_every_endpoint_signed_with_its_own_secret_and_the_same_event_ids()
    {
        await wireMock.UseAsync(WebhookReceiverStubs.Receivers);
        await using var api = await StartAsync();
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var erp = await nairobi.RegisterAsync(_receiver.UrlOf("/hooks/erp"));
        var crm = await nairobi.RegisterAsync(_receiver.UrlOf("/hooks/crm"));
        await api.ClientWithKey(DemoKeys.Alpen).RegisterAsync(_receiver.UrlOf("/hooks/alpen"));

        var order = await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-HOOK-1"));
        await (await api.AdminClientAsync()).MoveAsync(order.Id, "confirmed");

        var toErp = await _receiver.WaitForAsync("/hooks/erp", 2);
        var toCrm = await _receiver.WaitForAsync("/hooks/crm", 2);
        toErp.Count.ShouldBe(2);
        toCrm.Count.ShouldBe(2);
        foreach (var (received, secret) in toErp.Select(r => (r, erp.GetProperty("secret").GetString()!))
                     .Concat(toCrm.Select(r => (r, crm.GetProperty("secret").GetString()!))))
        {
            WebhookReceiver.SignatureIsValid(secret, received, DateTimeOffset.UtcNow).ShouldBeTrue(received.Body);
            WebhookReceiver.SignatureIsValid(secret, received with { Body = received.Body.Replace("confirmed", "cancelled", StringComparison.Ordinal) }, DateTimeOffset.UtcNow)
                .ShouldBe(!received.Body.Contains("confirmed", StringComparison.Ordinal), "a changed body fails the check");
            received.Header("Backpack-Webhook-Id").ShouldBe(received.Json.GetProperty("id").GetString());
            received.Header("Content-Type").ShouldStartWith("application/json");
        }

        var erpEvents = toErp.Select(r => r.Json)
            .OrderBy(e => e.GetProperty("data").TryGetProperty("sequence", out var sequence) ? sequence.GetInt32() : 1).ToList();
        erpEvents.Select(e => e.GetProperty("type").GetString()).ShouldBe(["order.placed", "order.status_changed"]);
        erpEvents[0].GetProperty("data").GetProperty("id").GetString().ShouldBe(order.Id);
        erpEvents[1].GetProperty("data").GetProperty("orderId").GetString().ShouldBe(order.Id);
        erpEvents[1].GetProperty("data").GetProperty("status").GetString().ShouldBe("confirmed");
        erpEvents[1].GetProperty("data").GetProperty("sequence").GetInt32().ShouldBe(2);
        toCrm.Select(r => r.Header("Backpack-Webhook-Id")).ShouldBe(toErp.Select(r => r.Header("Backpack-Webhook-Id")), ignoreOrder: true,
            "every endpoint of a distributor gets the same event id for one event");
        (await _receiver.ReceivedAsync("/hooks/alpen")).ShouldBeEmpty("another distributor's endpoint hears nothing of this order");

        var messageIds = await OutboxMessageIdsAsync(api, order.Id);
        toErp.Select(r => r.Header("Backpack-Webhook-Id")).ShouldBe(messageIds.Select(m => "evt_" + m["msg_".Length..]), ignoreOrder: true);

        var deliveries = await nairobi.WaitForDeliveriesAsync(erp.Id(), 2, "delivered");
        deliveries.ShouldAllBe(d => d.GetProperty("state").GetString() == "delivered" && d.GetProperty("attemptCount").GetInt32() == 1
                                    && d.GetProperty("lastStatusCode").GetInt32() == 200 && d.GetProperty("orderId").GetString() == order.Id);
        deliveries.Select(d => d.GetProperty("eventType").GetString()).ShouldBe(["order.status_changed", "order.placed"], "newest first");
        deliveries[0].GetProperty("attempts").EnumerateArray().Single().GetProperty("statusCode").GetInt32().ShouldBe(200);
    }

    [Fact]
    public async Task A_receiver_failing_twice_gets_the_event_on_the_third_attempt_with_each_attempt_recorded()
    {
        await wireMock.UseAsync(WebhookReceiverStubs.Receivers);
        await using var api = await StartAsync();
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var webhook = await nairobi.RegisterAsync(_receiver.UrlOf("/hooks/flaky"));

        await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-HOOK-2"));

        var delivery = (await nairobi.WaitForDeliveriesAsync(webhook.Id(), 1, "delivered")).Single();
        delivery.GetProperty("state").GetString().ShouldBe("delivered");
        delivery.GetProperty("attemptCount").GetInt32().ShouldBe(3);
        delivery.GetProperty("deliveredAt").GetDateTime().ShouldBeGreaterThan(delivery.GetProperty("createdAt").GetDateTime());
        var attempts = delivery.GetProperty("attempts").EnumerateArray().ToList();
        attempts.Select(a => a.GetProperty("attempt").GetInt32()).ShouldBe([1, 2, 3]);
        attempts.Select(a => a.GetProperty("statusCode").GetInt32()).ShouldBe([500, 500, 200]);
        attempts[0].GetProperty("error").GetString().ShouldNotBeNull().ShouldContain("500");
        attempts[2].GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        (attempts[1].GetProperty("at").GetDateTime() - attempts[0].GetProperty("at").GetDateTime()).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(75),
            "the retry waits its backoff");

        var received = await _receiver.ReceivedAsync("/hooks/flaky");
        received.Count.ShouldBe(3);
        received.Select(r => r.Header("Backpack-Webhook-Id")).Distinct().ShouldHaveSingleItem("a retry is the same event");
        received.Select(r => r.Body).Distinct().ShouldHaveSingleItem("a retry sends the same bytes");
        received.ShouldAllBe(r => WebhookReceiver.SignatureIsValid(webhook.GetProperty("secret").GetString()!, r, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_exhausts_the_attempts_and_redelivery_starts_a_new_round()
    {
        await wireMock.UseAsync(WebhookReceiverStubs.Receivers);
        await using var api = await StartAsync();
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var webhook = await nairobi.RegisterAsync(_receiver.UrlOf("/hooks/down"));

        await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-HOOK-3"));

        var failed = (await nairobi.WaitForDeliveriesAsync(webhook.Id(), 1, "failed")).Single();
        failed.GetProperty("state").GetString().ShouldBe("failed");
        failed.GetProperty("attemptCount").GetInt32().ShouldBe(3);
        failed.GetProperty("lastStatusCode").GetInt32().ShouldBe(503);
        failed.GetProperty("nextAttemptAt").ValueKind.ShouldBe(JsonValueKind.Null);
        (await nairobi.DeliveriesAsync(webhook.Id(), "?state=failed")).ShouldHaveSingleItem();
        (await nairobi.DeliveriesAsync(webhook.Id(), "?state=delivered")).ShouldBeEmpty();
        (await _receiver.ReceivedAsync("/hooks/down")).Count.ShouldBe(3);

        var redelivered = await (await nairobi.RedeliverAsync(webhook.Id(), failed.Id())).ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Accepted);
        redelivered.GetProperty("state").GetString().ShouldBe("pending");

        (await _receiver.WaitForAsync("/hooks/down", 6)).Count.ShouldBe(6);
        var again = (await nairobi.WaitForDeliveriesAsync(webhook.Id(), 1, "failed", minAttempts: 6)).Single();
        again.GetProperty("attemptCount").GetInt32().ShouldBe(6);
        again.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("attempt").GetInt32()).ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public async Task Redirects_are_not_followed()
    {
        await wireMock.UseAsync(WebhookReceiverStubs.Receivers);
        await using var api = await StartAsync();
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var webhook = await nairobi.RegisterAsync(_receiver.UrlOf("/hooks/moved"));

        await nairobi.PingAsync(webhook.Id());

        var failed = (await nairobi.WaitForDeliveriesAsync(webhook.Id(), 1, "failed")).Single();
        failed.GetProperty("lastStatusCode").GetInt32().ShouldBe(301);
        failed.GetProperty("lastError").GetString().ShouldNotBeNull().ShouldContain("redirects are not followed");
        (await _receiver.ReceivedAsync("/hooks/new-home")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_ping_is_delivered_signed_and_can_be_redelivered()
    {
        await wireMock.UseAsync(WebhookReceiverStubs.Receivers);
        await using var api = await StartAsync();
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var webhook = await nairobi.RegisterAsync(_receiver.UrlOf("/hooks/ping"));
        var secret = webhook.GetProperty("secret").GetString()!;

        var ping = await nairobi.PingAsync(webhook.Id());
        var queued = await ping.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Accepted);
        ping.Headers.Location!.ToString().ShouldBe($"/v1/webhooks/{webhook.Id()}/deliveries/{queued.Id()}");
        queued.GetProperty("eventType").GetString().ShouldBe("webhook.ping");
        queued.GetProperty("orderId").ValueKind.ShouldBe(JsonValueKind.Null);

        var first = (await _receiver.WaitForAsync("/hooks/ping", 1)).ShouldHaveSingleItem();
        WebhookReceiver.SignatureIsValid(secret, first, DateTimeOffset.UtcNow).ShouldBeTrue();
        first.Json.GetProperty("type").GetString().ShouldBe("webhook.ping");
        first.Json.GetProperty("id").GetString().ShouldBe(queued.GetProperty("eventId").GetString());
        first.Json.GetProperty("data").GetProperty("webhookId").GetString().ShouldBe(webhook.Id());

        await nairobi.WaitForDeliveriesAsync(webhook.Id(), 1, "delivered");
        (await nairobi.RedeliverAsync(webhook.Id(), queued.Id())).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var received = await _receiver.WaitForAsync("/hooks/ping", 2);
        received.Count.ShouldBe(2);
        received[1].Header("Backpack-Webhook-Id").ShouldBe(first.Header("Backpack-Webhook-Id"));
        received[1].Body.ShouldBe(first.Body);
        WebhookReceiver.SignatureIsValid(secret, received[1], DateTimeOffset.UtcNow).ShouldBeTrue();

        var delivery = (await nairobi.WaitForDeliveriesAsync(webhook.Id(), 1, "delivered", minAttempts: 2)).Single();
        delivery.GetProperty("attemptCount").GetInt32().ShouldBe(2);
        delivery.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()).ShouldBe([200, 200]);
    }

    [Fact]
    public async Task Deleting_a_webhook_stops_its_pending_deliveries_and_later_events()
    {
        await wireMock.UseAsync(WebhookReceiverStubs.Receivers);
        await using var api = await StartAsync();
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var webhook = await nairobi.RegisterAsync(_receiver.UrlOf("/hooks/down"));
        var order = await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-HOOK-4"));
        await _receiver.WaitForAsync("/hooks/down", 1);

        (await nairobi.DeleteAsync($"/v1/webhooks/{webhook.Id()}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var sentBefore = (await _receiver.ReceivedAsync("/hooks/down")).Count;
        (await nairobi.CancelOrderAsync(order.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Task.Delay(600, TestContext.Current.CancellationToken);

        (await _receiver.ReceivedAsync("/hooks/down")).Count.ShouldBeLessThanOrEqualTo(sentBefore + 1, "at most the attempt already in flight");
        (await api.Database.ScalarAsync<string>($"SELECT state FROM webhook_deliveries WHERE webhook_id = '{webhook.Id()}'")).ShouldBe("failed");
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM webhook_deliveries WHERE webhook_id = '{webhook.Id()}'")).ShouldBe(1,
            "the cancellation queued nothing for the deleted webhook");
        (await nairobi.GetAsync($"/v1/webhooks/{webhook.Id()}/deliveries", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<List<string>> OutboxMessageIdsAsync(CatalogueApiFactory api, string orderId)
    {
        await using var connection = await api.Database.Connections().OpenAsync(TestContext.Current.CancellationToken);
        return (await connection.QueryAsync<string>("SELECT message_id FROM outbox_messages WHERE order_id = @OrderId", new { OrderId = orderId })).ToList();
    }

    private static async Task<WebhookApiFactory> StartAsync()
    {
        var api = new WebhookApiFactory();
        await api.InitializeAsync();
        return api;
    }
}
