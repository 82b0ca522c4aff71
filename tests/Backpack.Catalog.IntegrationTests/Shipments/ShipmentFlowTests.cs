using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Inspections;
using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;

namespace Backpack.Catalog.IntegrationTests.Shipments;

/// <summary>
/// A T/T 30/70 order for the Nairobi account from confirmation to delivery: deposit, production, an inspection that fails and then passes,
/// the balance, a stock line shipped while the made-to-order line is made, then the rest, and delivery. Every gate is tried before its
/// condition holds and answers 409 with what is missing.
/// </summary>
public sealed class ShipmentFlowTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string Problems = "https://backpack-catalog.dev/problems/";
    private const string StockSku = "HK-SUMMIT14-OLV";
    private const string MadeSku = "CL-METRO9-BRG";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static object Order(string buyerReference) => new
    {
        buyerReference, currency = "USD", shipTo = OrderBodies.ShipToNairobi,
        lines = new[] { new { sku = StockSku, quantity = 200 }, new { sku = MadeSku, quantity = 100 } },
        inspection = new { agency = "qima", level = "general-ii", majorAql = 2.5m, minorAql = 4.0m },
    };

    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, string type, HttpStatusCode status = HttpStatusCode.Conflict)
    {
        var problem = await response.ShouldBeProblemAsync(status);
        problem.GetProperty("type").GetString().ShouldBe(Problems + type);
        return problem;
    }

    private static Task<HttpResponseMessage> InspectAsync(HttpClient admin, string orderId, string result, int major) =>
        admin.PostAsJsonAsync($"/v1/admin/orders/{orderId}/inspections", new { result, criticalDefects = 0, majorDefects = major, minorDefects = 3 },
            HttpAssertions.Json, Cancellation);

    [Fact]
    public async Task A_tt_30_70_order_is_shipped_in_two_shipments_and_delivered_with_every_gate_holding_until_its_fact()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await api.AdminClientAsync();
        var onHand = await api.Database.StockOnHandAsync(StockSku);
        var order = await nairobi.PlaceValidOrderAsync(Order("PO-SHIP-FLOW-1"));
        (order.Payment.Method, order.Payment.DepositPercent, order.Payment.BalanceDue).ShouldBe(("tt", 30, "before-shipment"));
        (order.Lines[0].FromStock, order.Lines[1].MadeToOrder).ShouldBe((200, 100));

        await RefusedAsync(await admin.BookShipmentAsync(order.Id, [(1, 200)]), "shipment-state-conflict");
        await admin.MoveAsync(order.Id, OrderStatus.Confirmed);
        (await admin.BookShipmentAsync(order.Id, [(1, 200)])).StatusCode.ShouldBe(HttpStatusCode.Created, "a booking may be made once confirmed");
        await RefusedAsync(await admin.ShipmentStatusAsync(order.Id, 1, "departed", new { transportDocumentNumber = "MAEU262418097" }), "shipment-state-conflict");
        var noDeposit = await RefusedAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.InProduction), "payment-required");
        noDeposit.GetProperty("missing")[0].GetProperty("requirement").GetString().ShouldBe("deposit");

        await admin.RecordPaymentAsync(order.Id, order.Payment.Deposit.Amount);
        await admin.MoveAsync(order.Id, OrderStatus.InProduction);
        (await RefusedAsync(await admin.ShipmentStatusAsync(order.Id, 1, "departed"), "validation", HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("transportDocumentNumber")[0].GetString()!.ShouldContain("required to depart");
        var noBalance = await RefusedAsync(await admin.ShipmentStatusAsync(order.Id, 1, "departed", new { transportDocumentNumber = "MAEU262418097" }), "payment-required");
        var balance = noBalance.GetProperty("missing")[0];
        balance.GetProperty("requirement").GetString().ShouldBe("balance");
        var share = order.Lines[0].LineTotal.Amount / (order.Lines[0].LineTotal.Amount + order.Lines[1].LineTotal.Amount);
        balance.GetProperty("outstanding").GetProperty("amount").GetDecimal()
            .ShouldBe(decimal.Round(order.Payment.Balance.Amount * share, 2, MidpointRounding.AwayFromZero), 0.01m, "the balance falls due in step with the goods");

        await admin.RecordPaymentAsync(order.Id);
        var notInspected = await RefusedAsync(await admin.ShipmentStatusAsync(order.Id, 1, "departed", new { transportDocumentNumber = "MAEU262418097" }), "inspection-not-passed");
        notInspected.GetProperty("inspectionState").GetString().ShouldBe(InspectionStates.AwaitingInspection);
        (await InspectAsync(admin, order.Id, "fail", 9)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RefusedAsync(await admin.ShipmentStatusAsync(order.Id, 1, "departed", new { transportDocumentNumber = "MAEU262418097" }), "inspection-not-passed"))
            .GetProperty("inspectionState").GetString().ShouldBe(InspectionStates.Failed);
        (await nairobi.PostAsJsonAsync($"/v1/orders/{order.Id}/inspections/1/decision", new { decision = "rework", comment = "Re-sew the straps." },
            HttpAssertions.Json, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await InspectAsync(admin, order.Id, "pass", 1)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var first = await (await admin.ShipmentStatusAsync(order.Id, 1, "departed", new
        {
            transportDocumentNumber = "MAEU262418097", vessel = "Maersk Cape Town", voyage = "2649W",
        })).ShouldBeJsonAsync<OrderResponse>();
        first.Status.ShouldBe(OrderStatus.PartiallyShipped);
        first.History[^2].Step.ShouldBe("shipment_departed");
        (first.History[^1].Status, first.History[^1].Shipment, first.History[^1].Note).ShouldBe((OrderStatus.PartiallyShipped, (int?)1, "200 of 300 units have departed."));
        var s1 = first.Shipments.ShouldHaveSingleItem();
        (s1.Status, s1.TransportDocument, s1.DepartedOn).ShouldBe((ShipmentStatuses.Departed,
            new TransportDocumentResponse(TransportDocuments.BillOfLading, "MAEU262418097"), DateOnly.FromDateTime(DateTime.UtcNow)));
        (s1.Lines.ShouldHaveSingleItem().Quantity, s1.Cartons).ShouldBe((200, 10), "200 units in cartons of 20");
        (await api.Database.StockOnHandAsync(StockSku)).ShouldBe(onHand - 200, "the stock line left the warehouse with its shipment");
        await RefusedAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.Delivered), "order-state-conflict");

        var twice = await RefusedAsync(await admin.BookShipmentAsync(order.Id, [(1, 1), (2, 101), (3, 5)]), "shipment-rules", HttpStatusCode.UnprocessableEntity);
        twice.GetProperty("violations").EnumerateArray().Select(v => (v.GetProperty("field").GetString(), v.GetProperty("code").GetString(),
            v.GetProperty("remaining").ValueKind == JsonValueKind.Number ? v.GetProperty("remaining").GetInt32() : (int?)null))
            .ShouldBe([("lines[0].quantity", "quantity_exceeds_remaining", (int?)0), ("lines[1].quantity", "quantity_exceeds_remaining", 100), ("lines[2].line", "unknown_line", null)]);
        await RefusedAsync(await admin.ChangeStatusAsync(order.Id, OrderStatus.Shipped), "order-state-conflict");
        var second = await (await admin.BookShipmentAsync(order.Id, [(2, 100)], "MAEU262418505")).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        second.Shipments.Select(s => s.Goods.Amount).Sum().ShouldBe(order.Lines.Sum(l => l.LineTotal.Amount), "the shipments carry the goods to the cent");
        var shipped = await (await admin.ShipmentStatusAsync(order.Id, 2, "departed")).ShouldBeJsonAsync<OrderResponse>();
        (shipped.Status, shipped.History[^1].Note).ShouldBe((OrderStatus.Shipped, "Every unit has departed."));

        await TradeDocumentChecks.ShouldAgreeWithTheOrderAsync(nairobi, api.ClientWithKey(DemoKeys.Alpen), shipped);

        (await (await admin.ShipmentStatusAsync(order.Id, 1, "arrived")).ShouldBeJsonAsync<OrderResponse>()).Status.ShouldBe(OrderStatus.Shipped);
        await RefusedAsync(await admin.ShipmentStatusAsync(order.Id, 1, "departed"), "shipment-state-conflict");
        (await (await admin.ShipmentStatusAsync(order.Id, 1, "delivered")).ShouldBeJsonAsync<OrderResponse>()).Status.ShouldBe(OrderStatus.Shipped,
            "one shipment of two is delivered");
        var delivered = await (await admin.ShipmentStatusAsync(order.Id, 2, "delivered")).ShouldBeJsonAsync<OrderResponse>();
        (delivered.Status, delivered.History[^1].Note).ShouldBe((OrderStatus.Delivered, "Every shipment is delivered."));

        var list = await (await nairobi.GetAsync($"/v1/orders/{order.Id}/shipments", Cancellation)).ShouldBeJsonAsync<ShipmentListResponse>();
        list.Items.Select(s => (s.Number, s.Status)).ShouldBe([(1, ShipmentStatuses.Delivered), (2, ShipmentStatuses.Delivered)]);
        JsonSerializer.Serialize(await (await nairobi.GetAsync($"/v1/orders/{order.Id}/shipments/2", Cancellation)).ShouldBeJsonAsync<OrderShipmentResponse>())
            .ShouldBe(JsonSerializer.Serialize(list.Items[1]));
        (await api.ClientWithKey(DemoKeys.Alpen).GetAsync($"/v1/orders/{order.Id}/shipments", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await nairobi.GetAsync($"/v1/orders/{order.Id}/shipments/3", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM outbox_messages WHERE order_id = '{order.Id}' AND event_type = 'order.shipment_updated'"))
            .ShouldBe(7, "two bookings, two departures, an arrival and two deliveries");
    }

    [Fact]
    public async Task A_booking_checks_its_transport_numbers_and_mode_and_a_cancelled_booking_frees_its_units()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await api.AdminClientAsync();
        var order = await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-OLV", 100, "PO-SHIP-RULES-1", "USD"));
        await admin.MoveAsync(order.Id, OrderStatus.Confirmed);

        static object Booking(string mode, string? document = null, object[]? containers = null) => new
        {
            lines = new[] { new { line = 1, quantity = 100 } }, mode, carrier = "Maersk", transportDocumentNumber = document, containers,
            portOfLoading = "VNSGN", portOfDischarge = "KEMBA", etd = DateTime.UtcNow.ToString("yyyy-MM-dd"), eta = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd"),
        };
        async Task<string> MessageAsync(object body)
        {
            var problem = await RefusedAsync(await admin.PostAsJsonAsync($"/v1/admin/orders/{order.Id}/shipments", body, HttpAssertions.Json, Cancellation),
                "validation", HttpStatusCode.BadRequest);
            return problem.GetProperty("errors").EnumerateObject().Single().Value[0].GetString()!;
        }

        (await MessageAsync(Booking("air", "176-12345670"))).ShouldContain("is not an air waybill number");
        (await MessageAsync(Booking("sea-fcl", containers: [new { number = "MSKU2613482", type = "40HC" }]))).ShouldContain("ISO 6346");
        (await MessageAsync(Booking("sea-lcl", containers: [new { number = "MSKU2613481", type = "40HC" }]))).ShouldContain("containers are for sea-fcl");
        var seaOnly = await RefusedAsync(await admin.PostAsJsonAsync($"/v1/admin/orders/{order.Id}/shipments", Booking("air", "176-12345675"), HttpAssertions.Json, Cancellation),
            "shipment-rules", HttpStatusCode.UnprocessableEntity);
        seaOnly.GetProperty("violations")[0].GetProperty("code").GetString().ShouldBe("shipping_mode_not_allowed");

        var fcl = await (await admin.PostAsJsonAsync($"/v1/admin/orders/{order.Id}/shipments",
            Booking("sea-fcl", containers: [new { number = "MSKU2613481", type = "20GP", seal = "ML-4471902" }]), HttpAssertions.Json, Cancellation))
            .ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        fcl.Shipments[0].Containers.ShouldBe([new ContainerResponse("MSKU2613481", "20GP", "ML-4471902")]);
        (await admin.ShipmentStatusAsync(order.Id, 1, "cancelled", new { eta = "2026-12-30" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest,
            "an ETA is news of a departure, not of a cancellation");
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/v1/admin/orders/{order.Id}/shipments/1/status") { Content = JsonContent.Create(new { status = "cancelled" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        (await admin.SendAsync(stale, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var cancelled = await (await admin.ShipmentStatusAsync(order.Id, 1, "cancelled")).ShouldBeJsonAsync<OrderResponse>();
        (cancelled.Shipments[0].Status, cancelled.Shipments[0].CancelledOn, cancelled.History[^1].Step)
            .ShouldBe((ShipmentStatuses.Cancelled, DateOnly.FromDateTime(DateTime.UtcNow), "shipment_cancelled"));
        await RefusedAsync(await admin.ShipmentStatusAsync(order.Id, 1, "departed"), "shipment-state-conflict");

        var rebooked = await (await admin.BookShipmentAsync(order.Id, [(1, 100)])).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        rebooked.Shipments.Select(s => (s.Number, s.Status)).ShouldBe([(1, ShipmentStatuses.Cancelled), (2, ShipmentStatuses.Booked)], "the cancelled units were free again");
        (await nairobi.CancelOrderAsync(order.Id, "Tender lost.")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await nairobi.GetOrderAsync(order.Id)).Shipments.Select(s => s.Status).ShouldBe([ShipmentStatuses.Cancelled, ShipmentStatuses.Cancelled],
            "an order cancelled before its goods went cancels its bookings");
    }
}
