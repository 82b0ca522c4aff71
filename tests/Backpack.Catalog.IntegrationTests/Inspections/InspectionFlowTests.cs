using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Inspections;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;
using Backpack.Catalog.IntegrationTests.Orders.Artwork;

namespace Backpack.Catalog.IntegrationTests.Inspections;

/// <summary>
/// An order with a final inspection: its fee is priced into the total, the goods cannot ship before it passes, a failure with its
/// report is sent for rework and blocks shipping until the reworked goods pass, and another failure may be accepted with a concession.
/// </summary>
public sealed class InspectionFlowTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string NotPassed = "https://backpack-catalog.dev/problems/inspection-not-passed";
    private const string StateConflict = "https://backpack-catalog.dev/problems/inspection-state-conflict";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static object Order(string buyerReference, string sku) => new
    {
        buyerReference, currency = "USD", shipTo = OrderBodies.ShipToNairobi, lines = new[] { new { sku, quantity = 100 } },
        inspection = new { agency = "qima", level = "general-ii", majorAql = 2.5m, minorAql = 4.0m },
    };

    private static Task<HttpResponseMessage> InspectAsync(HttpClient admin, string orderId, string result, int major) =>
        admin.PostAsJsonAsync($"/v1/admin/orders/{orderId}/inspections", new { result, criticalDefects = 0, majorDefects = major, minorDefects = 4 },
            HttpAssertions.Json, Cancellation);

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, string orderId, int round, string decision) =>
        client.PostAsJsonAsync($"/v1/orders/{orderId}/inspections/{round}/decision", new { decision, comment = "Zip pullers." }, HttpAssertions.Json, Cancellation);

    private static async Task<string> ShippingRefusedAsync(HttpClient admin, string orderId)
    {
        var problem = await (await admin.ShipmentStatusAsync(orderId, 1, "departed")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe(NotPassed);
        return problem.GetProperty("inspectionState").GetString()!;
    }

    private static async Task<OrderResponse> ReadyToShipAndPaidAsync(HttpClient admin, string orderId)
    {
        await admin.MoveAsync(orderId, OrderStatus.Confirmed);
        await admin.RecordPaymentAsync(orderId);
        await admin.MoveAsync(orderId, OrderStatus.ReadyToShip);
        return await (await admin.BookShipmentAsync(orderId, [(1, 100)], "MAEU262418097")).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_failed_inspection_blocks_shipping_until_the_reworked_goods_pass()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await api.AdminClientAsync();
        var order = await nairobi.PlaceValidOrderAsync(Order("PO-QC-1", "HK-RIDGE12-MOS"));
        var inspection = order.Inspection.ShouldNotBeNull();
        (inspection.Agency, inspection.Level, inspection.MajorAql, inspection.MinorAql, inspection.Fee.Amount, inspection.State)
            .ShouldBe(("qima", "general-ii", 2.5m, 4.0m, 299.00m, InspectionStates.AwaitingInspection));
        order.Totals.Inspection.Amount.ShouldBe(299.00m);
        order.Totals.Total.Amount.ShouldBe(order.Totals.Subtotal.Amount + order.Totals.Charges.Amount + 299.00m, "the fee is part of what is invoiced");
        order.Payment.Outstanding.ShouldBe(order.Totals.Total);

        await ReadyToShipAndPaidAsync(admin, order.Id);
        (await ShippingRefusedAsync(admin, order.Id)).ShouldBe(InspectionStates.AwaitingInspection, "paid in full, but not inspected");
        await (await DecideAsync(nairobi, order.Id, 1, InspectionResults.Concession)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var failed = await (await InspectAsync(admin, order.Id, InspectionResults.Fail, 9)).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        (failed.Inspection!.State, failed.Inspection.Rounds.ShouldHaveSingleItem().MajorDefects).ShouldBe((InspectionStates.Failed, 9));
        await (await InspectAsync(admin, order.Id, InspectionResults.Pass, 0)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var report = ArtworkFiles.Pdf();
        var uploaded = await (await admin.PutAsync($"/v1/admin/orders/{order.Id}/inspections/1/report", ArtworkFiles.Form(report, "qima-report.pdf"), Cancellation))
            .ShouldBeJsonAsync<OrderResponse>();
        var href = uploaded.Inspection!.Rounds[0].Report.ShouldNotBeNull().Href;
        (await (await nairobi.GetAsync(href, Cancellation)).Content.ReadAsByteArrayAsync(Cancellation)).ShouldBe(report);
        (await api.ClientWithKey(DemoKeys.Alpen).GetAsync(href, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await admin.PutAsync($"/v1/admin/orders/{order.Id}/inspections/1/report", ArtworkFiles.Form("not a report"u8.ToArray(), "report.pdf"), Cancellation))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType)).GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/unsupported-file-type");
        (await ShippingRefusedAsync(admin, order.Id)).ShouldBe(InspectionStates.Failed);
        for (var upload = 2; upload <= InspectionStates.MaxReportUploads; upload++)
        {
            (await admin.PutAsync($"/v1/admin/orders/{order.Id}/inspections/1/report", ArtworkFiles.Form(report, "qima-report.pdf"), Cancellation)).StatusCode
                .ShouldBe(HttpStatusCode.OK);
        }

        (await (await admin.PutAsync($"/v1/admin/orders/{order.Id}/inspections/1/report", ArtworkFiles.Form(report, "qima-report.pdf"), Cancellation))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe(StateConflict);

        var rework = await (await DecideAsync(nairobi, order.Id, 1, InspectionResults.Rework)).ShouldBeJsonAsync<OrderResponse>();
        rework.Inspection!.State.ShouldBe(InspectionStates.Rework);
        (await (await DecideAsync(nairobi, order.Id, 1, InspectionResults.Concession)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("type").GetString().ShouldBe(StateConflict);
        (await ShippingRefusedAsync(admin, order.Id)).ShouldBe(InspectionStates.Rework);

        var passed = await (await InspectAsync(admin, order.Id, InspectionResults.Pass, 2)).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        (passed.Inspection!.State, passed.Inspection.Rounds.Count).ShouldBe((InspectionStates.Passed, 2));
        (await (await admin.ShipmentStatusAsync(order.Id, 1, "departed")).ShouldBeJsonAsync<OrderResponse>()).History.Where(h => h.Step?.StartsWith("inspection_", StringComparison.Ordinal) == true)
            .Select(h => h.Step).ShouldBe(["inspection_recorded", "inspection_report_uploaded", "inspection_report_uploaded", "inspection_report_uploaded",
                "inspection_rework", "inspection_recorded"]);
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM outbox_messages WHERE order_id = '{order.Id}' AND event_type = 'order.inspection_updated'"))
            .ShouldBe(6);
    }

    [Fact]
    public async Task A_failure_accepted_with_a_concession_lets_the_goods_ship_and_a_sample_order_takes_no_inspection()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await api.AdminClientAsync();
        var order = await nairobi.PlaceValidOrderAsync(Order("PO-QC-2", "CL-METRO9-OLV"));
        await ReadyToShipAndPaidAsync(admin, order.Id);
        await InspectAsync(admin, order.Id, InspectionResults.Fail, 8);
        (await (await DecideAsync(nairobi, order.Id, 1, InspectionResults.Concession)).ShouldBeJsonAsync<OrderResponse>()).Inspection!.State
            .ShouldBe(InspectionStates.AcceptedWithConcession);
        (await (await admin.ShipmentStatusAsync(order.Id, 1, "departed")).ShouldBeJsonAsync<OrderResponse>()).Status.ShouldBe(OrderStatus.Shipped);
        await (await InspectAsync(admin, order.Id, InspectionResults.Pass, 0)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var (_, codes) = await (await nairobi.PlaceOrderAsync(new
        {
            type = "sample", buyerReference = "PO-QC-SMP", shipTo = OrderBodies.ShipToNairobi, lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 2 } },
            inspection = new { agency = "sgs" },
        })).ShouldBeRuleViolationsAsync();
        codes.ShouldBe(["inspection_not_applicable"]);
        var bad = await (await nairobi.PlaceOrderAsync(new
        {
            buyerReference = "PO-QC-BAD", shipTo = OrderBodies.ShipToNairobi, lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 100 } },
            inspection = new { agency = "tuv", majorAql = 3.0m },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["inspection.agency", "inspection.majorAql"]);
    }
}
