using System.Net;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Stubs;
using Backpack.Catalog.IntegrationTests.Orders;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.IntegrationTests.Erp;

/// <summary>
/// The ERP is WireMock; each test starts a fresh app and database. Assertions read WireMock's request journal: which
/// requests reached the ERP, with which Idempotency-Key, and what each was answered.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class ErpDeliveryTests(WireMockFixture erp) : IClassFixture<WireMockFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_healthy_erp_receives_each_order_once_keyed_by_our_order_id_and_then_its_status_changes_in_order()
    {
        await erp.UseAsync(ErpStubs.Healthy);
        await using var api = await ErpApiFactory.StartAsync(erp.BaseUrl);
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await api.AdminClientAsync();

        var first = await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-ERP-1"));
        var second = await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-NVY", 200, "PO-ERP-2"));
        var confirmed = await admin.MoveAsync(first.Id, "confirmed");
        await admin.RecordPaymentAsync(first.Id, confirmed.Payment.Deposit.Amount);
        await admin.MoveAsync(first.Id, "in_production");

        await ErpOutbox.WaitUntilAllDeliveredAsync(api.Database, messages: 5);
        var journal = await erp.RequestsAsync(ErpOutbox.SalesOrders);

        var placements = journal.Where(r => r.Url == ErpOutbox.SalesOrders).ToList();
        placements.Select(r => r.Header("Idempotency-Key")).ShouldBe([first.Id, second.Id], ignoreOrder: true);
        placements.ShouldAllBe(r => r.Header("Authorization") == "Bearer erp-test-token" && r.Header("X-Backpack-Event") == OrderOutbox.Placed);
        JsonDocument.Parse(placements.Single(r => r.Header("Idempotency-Key") == first.Id).Body).RootElement.GetProperty("buyerReference").GetString()
            .ShouldBe("PO-ERP-1");

        var firstOrderEvents = journal.Where(r => r.Url.StartsWith($"{ErpOutbox.SalesOrders}/{first.Id}/", StringComparison.Ordinal) || r.Header("Idempotency-Key") == first.Id).ToList();
        firstOrderEvents.Select(r => r.Header("Idempotency-Key")).ShouldBe([first.Id, $"{first.Id}:2", $"{first.Id}:3", $"{first.Id}:4"],
            "placed, confirmed, deposit received, in production: in order");
        firstOrderEvents.Skip(1).Select(r => r.Header("X-Backpack-Event")).ShouldBe([OrderOutbox.StatusChanged, OrderOutbox.PaymentRecorded, OrderOutbox.StatusChanged]);
        firstOrderEvents.Skip(1).Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("status").GetString()).ShouldBe(["confirmed", "confirmed", "in_production"]);
        journal.Count.ShouldBe(5, "nothing was sent twice");

        var view = await ErpOutbox.AdminOrderAsync(admin, first.Id);
        view.Erp.State.ShouldBe("delivered");
        view.Erp.ErpReference.ShouldBe($"SO-{first.Id}", "the reference is the one the ERP answered");
        view.Erp.DeliveredAt.ShouldNotBeNull();
        view.Erp.Messages.Select(m => (m.Sequence, m.State, m.Attempts)).ShouldBe([(1, "delivered", 1), (2, "delivered", 1), (3, "delivered", 1), (4, "delivered", 1)]);
        view.Order.Status.ShouldBe("in_production");

        var summary = await ErpOutbox.SummaryAsync(admin);
        (summary.ErpConfigured, summary.Pending, summary.Delivered, summary.Dead, summary.OldestPendingAt).ShouldBe((true, 0, 5, 0, null));
    }

    [Fact]
    public async Task While_the_erp_answers_500_orders_wait_and_once_it_recovers_each_is_accepted_exactly_once()
    {
        await erp.UseAsync(ErpStubs.Error500);
        await using var api = await ErpApiFactory.StartAsync(erp.BaseUrl);
        var alpen = api.ClientWithKey(DemoKeys.Alpen);
        var orders = new List<OrderResponse>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add(await alpen.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, $"PO-ERP-500-{i}")));
        }

        var failing = await ErpOutbox.WaitForAsync(api.Database, rows => rows.TrueForAll(r => r.Attempts >= 2), TimeSpan.FromSeconds(20), "two failed attempts each");
        failing.ShouldAllBe(r => r.State == "pending" && r.LastError!.Contains("500"));
        var admin = await api.AdminClientAsync();
        (await ErpOutbox.AdminOrderAsync(admin, orders[0].Id)).Erp.State.ShouldBe("pending");

        await erp.SwitchToAsync(ErpStubs.Healthy);
        var delivered = await ErpOutbox.WaitUntilAllDeliveredAsync(api.Database, messages: 3);

        var journal = await erp.RequestsAsync(ErpOutbox.SalesOrders);
        foreach (var order in orders)
        {
            var sent = journal.Where(r => r.Header("Idempotency-Key") == order.Id).ToList();
            sent.Count(r => r.Status == 201).ShouldBe(1, $"{order.Id} is accepted exactly once");
            sent.Count.ShouldBeGreaterThan(2, "the refused attempts were real requests");
            // 404: a request that fell in the instant between WireMock dropping the failing stubs and loading the healthy ones.
            sent.Where(r => r.Status != 201).ShouldAllBe(r => r.Status == 500 || r.Status == 404);
        }

        journal.Select(r => r.Header("Idempotency-Key")).ShouldAllBe(k => orders.Any(o => o.Id == k), "every request is identified by one of our order ids");
        delivered.ShouldAllBe(r => r.ErpReference!.StartsWith("SO-ord_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_answer_lost_to_a_timeout_is_sent_again_with_the_same_key()
    {
        await erp.UseAsync(ErpStubs.SlowOnceThenHealthy);
        await using var api = await ErpApiFactory.StartAsync(erp.BaseUrl, attemptTimeout: TimeSpan.FromMilliseconds(300));
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-ERP-SLOW"));

        await ErpOutbox.WaitUntilAllDeliveredAsync(api.Database, messages: 1);

        // The slow answer is journalled once WireMock has sent it, after the client gave up on it.
        (await erp.SettledCountAsync("POST", ErpOutbox.SalesOrders, 2)).ShouldBe(2);
        var sent = await erp.RequestsAsync(ErpOutbox.SalesOrders);
        sent.Select(r => r.Header("Idempotency-Key")).ShouldBe([order.Id, order.Id],
            "the ERP saw the order twice, because the first answer never arrived; the key lets it recognise the second");
    }

    [Fact]
    public async Task A_connection_reset_is_retried_and_the_order_delivered()
    {
        await erp.UseAsync(ErpStubs.ResetOnceThenHealthy);
        await using var api = await ErpApiFactory.StartAsync(erp.BaseUrl);
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-ERP-RESET"));

        var delivered = await ErpOutbox.WaitUntilAllDeliveredAsync(api.Database, messages: 1);

        delivered.Single().ErpReference.ShouldBe($"SO-{order.Id}");
        var sent = await erp.RequestsAsync(ErpOutbox.SalesOrders);
        sent.Select(r => (r.Header("Idempotency-Key"), r.Fault)).ShouldBe([(order.Id, true), (order.Id, false)]);
    }

    [Fact]
    public async Task An_erp_that_already_has_the_order_409_counts_as_delivered_and_is_not_asked_again()
    {
        await erp.UseAsync(ErpStubs.AlreadyHasIt);
        await using var api = await ErpApiFactory.StartAsync(erp.BaseUrl);
        var order = await api.ClientWithKey(DemoKeys.Alpen).PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-ERP-409"));

        var delivered = await ErpOutbox.WaitUntilAllDeliveredAsync(api.Database, messages: 1);

        delivered.Single().ErpReference.ShouldBe("SO-EXISTING-1", "the reference in the 409 answer is kept");
        delivered.Single().Attempts.ShouldBe(1);
        await Task.Delay(300, Cancellation);
        (await erp.CountAsync("POST", ErpOutbox.SalesOrders)).ShouldBe(1);
        (await erp.RequestsAsync(ErpOutbox.SalesOrders)).Single().Header("Idempotency-Key").ShouldBe(order.Id);
    }

    [Fact]
    public async Task The_api_restarted_during_an_erp_outage_delivers_everything_afterwards()
    {
        await erp.UseAsync(ErpStubs.Unavailable503);
        await using var database = await TestDatabase.CreateAsync();
        var placed = new List<string>();
        await using (var before = await ErpApiFactory.StartAsync(erp.BaseUrl, database))
        {
            var nairobi = before.ClientWithKey(DemoKeys.Nairobi);
            for (var i = 0; i < 5; i++)
            {
                placed.Add((await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, $"PO-ERP-RESTART-{i}"))).Id);
            }

            await ErpOutbox.WaitForAsync(database, rows => rows.Count == 5 && rows.TrueForAll(r => r.Attempts >= 1), TimeSpan.FromSeconds(20), "a failed attempt each");
        }

        var whileDown = await ErpOutbox.RowsAsync(database);
        whileDown.ShouldAllBe(r => r.State == "pending", "an outage loses nothing, and the shutdown kept every message");
        await erp.SwitchToAsync(ErpStubs.Healthy);

        await using var after = await ErpApiFactory.StartAsync(erp.BaseUrl, database);
        await ErpOutbox.WaitUntilAllDeliveredAsync(database, messages: 5);

        var accepted = (await erp.RequestsAsync(ErpOutbox.SalesOrders)).Where(r => r.Status == 201).Select(r => r.Header("Idempotency-Key")).ToList();
        accepted.ShouldBe(placed, ignoreOrder: true);
    }

    [Fact]
    public async Task A_lease_shorter_than_a_batch_can_take_stops_the_app_at_start()
    {
        await using var api = new ErpApiFactory(erp.BaseUrl, settings: new Dictionary<string, string> { ["Erp:LeaseDuration"] = "00:00:05" });

        var failure = await Should.ThrowAsync<OptionsValidationException>(async () => await api.InitializeAsync());

        failure.Message.ShouldContain("Erp:LeaseDuration must outlast a whole batch");
    }
}
