using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Orders.GetAdminOrder;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.PreProductionSamples;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;
using Backpack.Catalog.IntegrationTests.Orders.Artwork;

namespace Backpack.Catalog.IntegrationTests.Samples;

/// <summary>
/// A customised order that asks for a pre-production sample: the sample is planned after the artwork (the SKU's 7 sample days plus the
/// embroidery's 14), production waits for its approval with a 409 that says so, a first sample is sent back, the second is approved nine
/// days later than planned and becomes the golden sample, and every made-to-order date moves by those nine days.
/// </summary>
public sealed class PreProductionSampleTests : IAsyncLifetime
{
    private const string Design = "NAIROBI-LOGO-PP";
    private const string SampleNotApproved = "https://backpack-catalog.dev/problems/sample-not-approved";
    private const string SampleConflict = "https://backpack-catalog.dev/problems/sample-state-conflict";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly ClockedApiFactory _api;

    public PreProductionSampleTests() => _api = new ClockedApiFactory(_clock);

    public ValueTask InitializeAsync() => _api.InitializeAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    private static object Logo => new { option = "logo-embroidery-5k", placement = "front-panel", design = Design, colours = 3, stitchCount = 4200 };

    private static Task<HttpResponseMessage> DispatchAsync(HttpClient admin, string orderId, string reference) =>
        admin.PostAsJsonAsync($"/v1/admin/orders/{orderId}/pre-production-samples",
            new { reference, carrier = "DHL Express", trackingNumber = "1234567890", note = "3 thread colours." }, HttpAssertions.Json, Cancellation);

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, string orderId, int round, string decision, string? comment = null) =>
        client.PostAsJsonAsync($"/v1/orders/{orderId}/pre-production-samples/{round}/decision", new { decision, comment }, HttpAssertions.Json, Cancellation);

    private static async Task<JsonElement> ShouldBeConflictAsync(HttpResponseMessage response, string type)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe(type);
        return problem;
    }

    private static async Task ApproveArtworkAsync(HttpClient nairobi, HttpClient admin, string orderId)
    {
        var design = $"/v1/orders/{orderId}/designs/{Design}";
        (await nairobi.PutAsync($"{design}/artwork", ArtworkFiles.Form(ArtworkFiles.Svg(), "logo.svg", "image/svg+xml"), Cancellation)).StatusCode
            .ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync($"/v1/admin/orders/{orderId}/designs/{Design}/proofs", ArtworkFiles.Form(ArtworkFiles.Png(), "mockup.png"), Cancellation))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await nairobi.PostAsJsonAsync($"{design}/proofs/1/decision", new { decision = ProofDecisions.Approved }, HttpAssertions.Json, Cancellation))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Production_waits_for_the_approved_pre_production_sample_which_becomes_the_golden_sample()
    {
        var nairobi = _api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await _api.AdminClientAsync();
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

        var order = await nairobi.PlaceValidOrderAsync(new
        {
            buyerReference = "PO-PPS-1", currency = "USD", shipTo = OrderBodies.ShipToNairobi, preProductionSample = true,
            lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 160, customizations = new[] { Logo } }, new { sku = "CL-METRO9-NVY", quantity = 160, customizations = new[] { Logo } } },
        });
        var planned = order.PreProductionSample.ShouldNotBeNull();
        (planned.State, planned.LeadTimeDays, planned.Rounds.Count, planned.GoldenSample).ShouldBe((SampleStates.AwaitingArtwork, 7 + 14, 0, null));
        order.Lines.Select(l => l.EstimatedShipDate).ShouldBe([today.AddDays(21 + 45 + 14), today.AddDays(21 + 3 + 14)],
            "the sample's 21 days come before the production lead time and the embroidery's 14");
        await ShouldBeConflictAsync(await DispatchAsync(admin, order.Id, "PPS-EARLY"), SampleConflict);

        _clock.Advance(TimeSpan.FromDays(2));
        await ApproveArtworkAsync(nairobi, admin, order.Id);
        var confirmed = await admin.MoveAsync(order.Id, OrderStatus.Confirmed);
        confirmed.PreProductionSample!.State.ShouldBe(SampleStates.AwaitingDispatch);
        confirmed.PromisedShipDate.ShouldBe(today.AddDays(2 + 21 + 45 + 14), "artwork approved two days after placement");
        var waiting = await ShouldBeConflictAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.InProduction), SampleNotApproved);
        (waiting.GetProperty("sampleState").GetString(), waiting.GetProperty("waitingFor").GetString())
            .ShouldBe((SampleStates.AwaitingDispatch, "the supplier to send the sample"));
        await ShouldBeConflictAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.ReadyToShip), SampleNotApproved);

        var first = await (await DispatchAsync(admin, order.Id, "PPS-0117-1")).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        var sent = first.PreProductionSample!.Rounds.ShouldHaveSingleItem();
        (first.PreProductionSample.State, sent.Round, sent.Reference, sent.Carrier, sent.TrackingNumber).ShouldBe(
            (SampleStates.AwaitingApproval, 1, "PPS-0117-1", "DHL Express", "1234567890"));
        await ShouldBeConflictAsync(await DispatchAsync(admin, order.Id, "PPS-0117-2"), SampleConflict);
        (await DecideAsync(_api.ClientWithKey(DemoKeys.Alpen), order.Id, 1, ProofDecisions.Approved)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var sentBack = await (await DecideAsync(nairobi, order.Id, 1, ProofDecisions.ChangesRequested, "Thread colour is too light.")).ShouldBeJsonAsync<OrderResponse>();
        (sentBack.PreProductionSample!.State, sentBack.PreProductionSample.Rounds[0].Comment).ShouldBe((SampleStates.ChangesRequested, "Thread colour is too light."));
        await ShouldBeConflictAsync(await DispatchAsync(admin, order.Id, "PPS-0117-1"), SampleConflict);
        await ShouldBeConflictAsync(await DecideAsync(nairobi, order.Id, 1, ProofDecisions.Approved), SampleConflict);
        (await DispatchAsync(admin, order.Id, "PPS-0117-2")).StatusCode.ShouldBe(HttpStatusCode.Created);

        _clock.Advance(TimeSpan.FromDays(30));
        var approving = await DecideAsync(nairobi, order.Id, 2, ProofDecisions.Approved);
        var approved = await approving.ShouldBeJsonAsync<OrderResponse>();
        var golden = approved.PreProductionSample!.GoldenSample.ShouldNotBeNull();
        (approved.PreProductionSample.State, golden.Reference, golden.Round).ShouldBe((SampleStates.Approved, "PPS-0117-2", 2));
        approved.Lines.Select(l => l.EstimatedShipDate).ShouldBe([today.AddDays(32 + 45 + 14), today.AddDays(32 + 3 + 14)],
            "approved on day 32, nine days after the planned day 23: lead time counts from the approval");
        approved.Status.ShouldBe(OrderStatus.Confirmed);

        await admin.RecordPaymentAsync(order.Id, approved.Payment.Deposit.Amount);
        (await admin.MoveAsync(order.Id, OrderStatus.InProduction)).Status.ShouldBe(OrderStatus.InProduction);
        var erp = await (await admin.GetAsync($"/v1/admin/orders/{order.Id}", Cancellation)).ShouldBeJsonAsync<AdminOrderResponse>();
        erp.Order.History.Where(h => h.Step?.StartsWith("sample_", StringComparison.Ordinal) == true).Select(h => h.Step).ShouldBe([
            DesignSteps.SampleDispatched, DesignSteps.SampleChangesRequested, DesignSteps.SampleDispatched, DesignSteps.SampleApproved]);
        erp.Erp.Messages.Count(m => m.EventType == "order.design_updated").ShouldBe(2 + 4, "two artwork steps (the approval moved the status) and four sample steps");
        (await ShouldBeConflictAsync(await DispatchAsync(admin, order.Id, "PPS-0117-3"), SampleConflict)).GetProperty("detail").GetString()!
            .ShouldContain("in_production");
    }

    [Fact]
    public async Task An_order_without_a_pre_production_sample_takes_no_sample_steps_and_starts_production_freely()
    {
        var nairobi = _api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await _api.AdminClientAsync();
        var order = await nairobi.PlaceValidOrderAsync(new
        {
            buyerReference = "PO-PPS-NONE", currency = "USD", shipTo = OrderBodies.ShipToNairobi,
            lines = new[] { new { sku = "CL-METRO9-NVY", quantity = 320, customizations = new[] { Logo } } },
        });
        order.PreProductionSample.ShouldBeNull();
        await ApproveArtworkAsync(nairobi, admin, order.Id);
        (await ShouldBeConflictAsync(await DispatchAsync(admin, order.Id, "PPS-1"), SampleConflict)).GetProperty("detail").GetString()!
            .ShouldContain("did not ask for a pre-production sample");
        var confirmed = await admin.MoveAsync(order.Id, OrderStatus.Confirmed);
        await admin.RecordPaymentAsync(order.Id, confirmed.Payment.Deposit.Amount);
        (await admin.MoveAsync(order.Id, OrderStatus.InProduction)).Status.ShouldBe(OrderStatus.InProduction);
    }
}
