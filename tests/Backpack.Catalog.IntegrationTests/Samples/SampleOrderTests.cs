using System.Net;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;

namespace Backpack.Catalog.IntegrationTests.Samples;

/// <summary>
/// A sample order is an order of its own: sample lines only, 1 to each SKU's sample maximum with no MOQ or carton increments, sent by
/// courier under DAP at the buyer's city, and paid in full; a stock sample ships within the dispatch days and one sewn to order in the
/// SKU's sample lead time.
/// </summary>
public sealed class SampleOrderTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static object SampleOrder(string buyerReference, object[] lines, string? shippingMode = null, object? incoterm = null) => new
    {
        type = "sample", buyerReference, currency = "USD", shipTo = OrderBodies.ShipToNairobi, lines, shippingMode, incoterm,
    };

    [Fact]
    public async Task A_sample_order_takes_samples_below_the_moq_by_courier_paid_in_full()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var blackInStock = await api.Database.StockReservedAsync("CL-METRO9-BLK");

        // CL-METRO9 has an MOQ of 100 in steps of 20; samples are 24.50 (BLK, 80 in stock) and 25.00 (BRG, none in stock), at most 5 of each.
        var order = await nairobi.PlaceValidOrderAsync(SampleOrder("PO-SAMPLE-1",
            [new { sku = "CL-METRO9-BLK", quantity = 3 }, new { sku = "CL-METRO9-BRG", quantity = 2, sample = true }]));

        (order.Type, order.Status).ShouldBe((OrderTypes.Sample, OrderStatus.Submitted));
        order.Lines.Select(l => (l.Sku, l.Sample, l.Quantity, l.UnitPrice.Amount, l.TierMinQuantity)).ShouldBe([
            ("CL-METRO9-BLK", true, 3, 24.50m, (int?)null), ("CL-METRO9-BRG", true, 2, 25.00m, null)]);
        order.Lines.Select(l => (l.FromStock, l.MadeToOrder, l.EstimatedShipDate)).ShouldBe([(3, 0, Today.AddDays(3)), (0, 2, Today.AddDays(7))],
            "a stock sample ships in the dispatch days, a sewn one in the SKU's sample lead time, never the 45-day bulk lead time");
        order.Totals.Subtotal.Amount.ShouldBe(123.50m);
        (order.Incoterm.Rule, order.Incoterm.Place).ShouldBe(("DAP", "KENBO"), "samples are delivered at the buyer's city");
        var landed = order.LandedCost.ShouldNotBeNull();
        (landed.Mode, landed.Selection).ShouldBe(("courier", "requested"));
        var shipment = order.Shipment.ShouldNotBeNull();
        (shipment.Cartons, shipment.CourierChargeableWeightKg).ShouldBe((2, 5.01m), "samples go loose in a parcel a line, not in full export cartons");
        order.Payment.DepositPercent.ShouldBe(100);
        order.Payment.Deposit.ShouldBe(order.Totals.Total);
        order.Payment.Balance.Amount.ShouldBe(0m);
        (await api.Database.StockReservedAsync("CL-METRO9-BLK")).ShouldBe(blackInStock + 3);
        (await nairobi.GetOrderAsync(order.Id)).Type.ShouldBe(OrderTypes.Sample);
    }

    [Fact]
    public async Task Every_rule_of_a_sample_order_is_explained_at_once_and_nothing_is_written()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var orders = await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM orders");

        var (problem, codes) = await (await nairobi.PlaceOrderAsync(SampleOrder("PO-SAMPLE-BAD",
            [new { sku = "CL-METRO9-BLK", quantity = 6 }, new { sku = "CL-METRO9-NVY", quantity = 100, sample = false }], shippingMode: "sea-lcl")))
            .ShouldBeRuleViolationsAsync();
        codes.ShouldBe(["above_sample_max", "bulk_line_on_sample_order", "sample_ships_by_courier"]);
        problem.GetProperty("violations")[0].GetProperty("message").GetString().ShouldBe("A sample order of CL-METRO9-BLK holds at most 5 units; 6 were asked.");
        problem.GetProperty("errors").GetProperty("lines[1].sample")[0].GetString()!.ShouldStartWith("An order of type sample holds samples only");

        var (_, seaRule) = await (await nairobi.PlaceOrderAsync(SampleOrder("PO-SAMPLE-CIF", [new { sku = "CL-METRO9-BLK", quantity = 2 }],
            incoterm: new { rule = "CIF", place = "KEMBA" }))).ShouldBeRuleViolationsAsync();
        seaRule.ShouldBe(["shipping_mode_not_allowed"], "CIF is for sea freight, and samples go by courier");

        var (bulk, onBulk) = await (await nairobi.PlaceOrderAsync(new
        {
            buyerReference = "PO-MIXED", shipTo = OrderBodies.ShipToNairobi, preProductionSample = true,
            lines = new object[] { new { sku = "CL-METRO9-NVY", quantity = 100 }, new { sku = "CL-METRO9-BLK", quantity = 2, sample = true } },
        })).ShouldBeRuleViolationsAsync();
        onBulk.ShouldBe(["sample_line_on_bulk_order", "pre_production_sample_not_applicable"]);
        bulk.GetProperty("violations")[0].GetProperty("field").GetString().ShouldBe("lines[1].sample");

        (await (await nairobi.PlaceOrderAsync(new { type = "wholesale", buyerReference = "PO-TYPE", shipTo = OrderBodies.ShipToNairobi,
            lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 2 } } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("type")[0].GetString().ShouldBe("type must be one of: bulk, sample.");
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM orders")).ShouldBe(orders);
    }
}
