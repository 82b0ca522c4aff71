using System.Net;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Orders;

/// <summary>Every accepted order change leaves exactly one outbox message, written in the same transaction.</summary>
public sealed class OrderOutboxTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private sealed class MessageRow
    {
        public string MessageId { get; init; } = "";
        public int Sequence { get; init; }
        public string EventType { get; init; } = "";
        public string Payload { get; init; } = "";
        public string State { get; init; } = "";
        public int Attempts { get; init; }
    }

    [Fact]
    public async Task Placing_confirming_and_cancelling_an_order_queue_one_message_each_in_order()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var placed = await nairobi.PlaceOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-OUTBOX-1"));
        var body = await placed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        placed.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        var orderId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;

        var admin = await api.AdminClientAsync();
        (await admin.ChangeStatusAsync(orderId, "confirmed", "Deposit received.")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.ChangeStatusAsync(orderId, "shipped")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await nairobi.CancelOrderAsync(orderId, "Tender withdrawn.")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var messages = await MessagesAsync(orderId);
        messages.Select(m => (m.Sequence, m.EventType)).ShouldBe([(1, "order.placed"), (2, "order.status_changed"), (3, "order.status_changed")]);
        messages.ShouldAllBe(m => m.State == "pending" && m.Attempts == 0 && m.MessageId.StartsWith("msg_", StringComparison.Ordinal));
        messages[0].Payload.ShouldBe(body, "the ERP receives the order exactly as the distributor was answered");

        var confirmed = JsonDocument.Parse(messages[1].Payload).RootElement;
        confirmed.GetProperty("orderId").GetString().ShouldBe(orderId);
        confirmed.GetProperty("status").GetString().ShouldBe("confirmed");
        confirmed.GetProperty("from").GetString().ShouldBe("submitted");
        confirmed.GetProperty("note").GetString().ShouldBe("Deposit received.");
        confirmed.GetProperty("actor").GetProperty("role").GetString().ShouldBe("admin");
        var cancelled = JsonDocument.Parse(messages[2].Payload).RootElement;
        cancelled.GetProperty("status").GetString().ShouldBe("cancelled");
        cancelled.GetProperty("actor").GetProperty("role").GetString().ShouldBe("distributor");
    }

    [Fact]
    public async Task A_replayed_order_and_a_refused_change_queue_nothing_more()
    {
        var alpen = api.ClientWithKey(DemoKeys.Alpen);
        var key = Guid.NewGuid().ToString();
        var body = OrderBodies.Order("CL-METRO9-NVY", 100, "PO-OUTBOX-2");
        var first = await alpen.PlaceOrderAsync(body, key);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var orderId = JsonDocument.Parse(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("id").GetString()!;

        (await alpen.PlaceOrderAsync(body, key)).Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await alpen.CancelOrderAsync(orderId, ifMatch: "\"v7\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        (await MessagesAsync(orderId)).Select(m => m.Sequence).ShouldBe([1]);
    }

    private async Task<List<MessageRow>> MessagesAsync(string orderId)
    {
        await using var connection = await api.Database.Connections().OpenAsync(TestContext.Current.CancellationToken);
        return (await Dapper.SqlMapper.QueryAsync<MessageRow>(connection,
            "SELECT message_id, sequence, event_type, payload, state, attempts FROM outbox_messages WHERE order_id = @OrderId ORDER BY sequence",
            new { OrderId = orderId })).ToList();
    }
}
