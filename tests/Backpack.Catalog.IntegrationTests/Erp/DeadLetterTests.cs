using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Admin.Erp;
using Backpack.Catalog.Api.Features.Admin.Erp.ListDeadLetters;
using Backpack.Catalog.Api.Features.Admin.Erp.RedriveAllDeadLetters;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Stubs;
using Backpack.Catalog.IntegrationTests.Orders;

namespace Backpack.Catalog.IntegrationTests.Erp;

/// <summary>Messages the ERP refuses, or that run out of attempts, wait as dead letters until an admin re-drives them.</summary>
[Collection(RunsAlone.Name)]
public sealed class DeadLetterTests(WireMockFixture erp) : IClassFixture<WireMockFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_order_the_erp_refuses_is_dead_at_once_holds_back_its_status_changes_and_goes_through_when_redriven()
    {
        await erp.UseAsync(ErpStubs.RejectsOrders);
        await using var api = await ErpApiFactory.StartAsync(erp.BaseUrl);
        var admin = await api.AdminClientAsync();
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-ERP-DEAD"));

        await ErpOutbox.WaitForAsync(api.Database, rows => rows.Exists(r => r.State == "dead"), TimeSpan.FromSeconds(20), "the refused order to be dead");
        await admin.MoveAsync(order.Id, "confirmed");
        await Task.Delay(400, Cancellation);

        var rows = await ErpOutbox.RowsAsync(api.Database);
        rows.Select(r => (r.Sequence, r.State, r.Attempts)).ShouldBe([(1, "dead", 1), (2, "pending", 0)],
            "a 422 is not retried, and the status change waits behind the order it belongs to");
        rows[0].LastError.ShouldBe("The ERP answered 422 Unprocessable Entity.");
        (await erp.CountAsync("POST", $"{ErpOutbox.SalesOrders}/{order.Id}/status-changes")).ShouldBe(0);

        var dead = await (await admin.GetAsync("/v1/admin/erp/dead-letters", Cancellation)).ShouldBeJsonAsync<ListDeadLettersResponse>();
        var letter = dead.Items.ShouldHaveSingleItem();
        (letter.OrderId, letter.EventType, letter.State, letter.Attempts, letter.NextAttemptAt).ShouldBe((order.Id, "order.placed", "dead", 1, null));
        (await ErpOutbox.AdminOrderAsync(admin, order.Id)).Erp.State.ShouldBe("dead");

        await erp.SwitchToAsync(ErpStubs.Healthy);
        var redriven = await (await admin.PostAsync($"/v1/admin/erp/dead-letters/{letter.MessageId}/redrive", null, Cancellation))
            .ShouldBeJsonAsync<OutboxMessageResponse>();
        (redriven.State, redriven.Attempts).ShouldBe(("pending", 0));

        await ErpOutbox.WaitUntilAllDeliveredAsync(api.Database, messages: 2);
        var keys = (await erp.RequestsAsync(ErpOutbox.SalesOrders)).Where(r => r.Status is 201 or 202).Select(r => r.Header("Idempotency-Key"));
        keys.ShouldBe([order.Id, $"{order.Id}:2"], "the held-back status change follows the re-driven order, in order");
        (await ErpOutbox.AdminOrderAsync(admin, order.Id)).Erp.ErpReference.ShouldBe($"SO-{order.Id}");
    }

    [Fact]
    public async Task Messages_that_use_up_their_attempts_are_dead_and_redrive_all_sends_them_again()
    {
        await erp.UseAsync(ErpStubs.Error500);
        await using var api = await ErpApiFactory.StartAsync(erp.BaseUrl, maxAttempts: 3);
        var admin = await api.AdminClientAsync();
        var alpen = api.ClientWithKey(DemoKeys.Alpen);
        await alpen.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-ERP-EXHAUST-1"));
        await alpen.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-NVY", 100, "PO-ERP-EXHAUST-2"));

        var rows = await ErpOutbox.WaitForAsync(api.Database, r => r.Count == 2 && r.TrueForAll(m => m.State == "dead"), TimeSpan.FromSeconds(20), "both to run out of attempts");
        rows.ShouldAllBe(r => r.Attempts == 3);
        var summary = await ErpOutbox.SummaryAsync(admin);
        (summary.Pending, summary.Dead).ShouldBe((0, 2));

        var page = await (await admin.GetAsync("/v1/admin/erp/dead-letters?limit=1", Cancellation)).ShouldBeJsonAsync<ListDeadLettersResponse>();
        page.Items.Count.ShouldBe(1);
        var rest = await (await admin.GetAsync($"/v1/admin/erp/dead-letters?limit=1&cursor={page.NextCursor}", Cancellation)).ShouldBeJsonAsync<ListDeadLettersResponse>();
        (rest.Items.Count, rest.NextCursor).ShouldBe((1, null));
        rest.Items[0].MessageId.ShouldNotBe(page.Items[0].MessageId);

        await erp.SwitchToAsync(ErpStubs.Healthy);
        var all = await (await admin.PostAsync("/v1/admin/erp/dead-letters/redrive", null, Cancellation)).ShouldBeJsonAsync<RedriveAllDeadLettersResponse>();
        all.Redriven.ShouldBe(2);
        await ErpOutbox.WaitUntilAllDeliveredAsync(api.Database, messages: 2);
        (await ErpOutbox.SummaryAsync(admin)).Dead.ShouldBe(0);
    }

    [Fact]
    public async Task Redriving_what_is_not_dead_or_does_not_exist_is_a_clear_problem_and_changes_nothing()
    {
        await erp.UseAsync(ErpStubs.Healthy);
        await using var api = await ErpApiFactory.StartAsync(erp.BaseUrl);
        var admin = await api.AdminClientAsync();
        await api.ClientWithKey(DemoKeys.Alpen).PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-ERP-NOTDEAD"));
        var delivered = (await ErpOutbox.WaitUntilAllDeliveredAsync(api.Database, messages: 1)).Single();

        var conflict = await admin.PostAsync($"/v1/admin/erp/dead-letters/{delivered.MessageId}/redrive", null, Cancellation);
        var problem = await conflict.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("state").GetString().ShouldBe("delivered");
        (await admin.PostAsync("/v1/admin/erp/dead-letters/msg_00000000000000000000000000000000/redrive", null, Cancellation))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ErpOutbox.RowsAsync(api.Database)).Single().State.ShouldBe("delivered");

        (await admin.GetAsync("/v1/admin/erp/dead-letters?limit=0", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/v1/admin/erp/dead-letters?cursor=nonsense", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.ClientWithKey(DemoKeys.Alpen).GetAsync("/v1/admin/erp/dead-letters", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.ClientWithKey(DemoKeys.Alpen).PostAsJsonAsync("/v1/admin/erp/dead-letters/redrive", new { }, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
