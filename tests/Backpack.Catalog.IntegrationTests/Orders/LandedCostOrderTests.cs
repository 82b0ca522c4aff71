using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Compliance;

namespace Backpack.Catalog.IntegrationTests.Orders;

/// <summary>
/// What a buyer gets when the landed cost cannot be what they asked: a wrong named place, a lane with no rate, a missing
/// duty rate, a delivery date no mode meets. And a placed order keeps its breakdown when the rates change.
/// </summary>
public sealed class LandedCostOrderTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static object Order(string sku, int quantity, object? incoterm, string? requestedDeliveryDate = null, string country = "KE") => new
    {
        buyerReference = $"PO-LC-{Guid.NewGuid():N}"[..20],
        currency = "USD",
        incoterm,
        requestedDeliveryDate,
        lines = new[] { new { sku, quantity } },
        shipTo = new { addressLine1 = "Godown 14, Mombasa Road", city = "Nairobi", country },
    };

    private async Task<QuoteResponse> QuoteAsync(object body) =>
        await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", body, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>();

    [Fact]
    public async Task A_wrong_place_is_a_400_at_incoterm_place_and_writes_nothing()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var before = await OrderTableCounts.ReadAsync(api.Database);

        // A port of loading where CIF names one of discharge; a Kenyan port for a Nigerian buyer; FOB at a Chinese port for Vietnamese goods.
        foreach (var (incoterm, country, says) in new (object, string, string)[]
        {
            (new { rule = "CIF", place = "CNYTN" }, "KE", "is not a seaport of discharge"),
            (new { rule = "CIF", place = "KEMBA" }, "NG", "but shipTo.country is NG"),
            (new { rule = "FOB", place = "CNYTN" }, "KE", "CL-METRO9-BLK (VN) is made elsewhere"),
            (new { rule = "DAP", place = "Atlantis, KE" }, "KE", "is not a place the supplier ships from or to"),
        })
        {
            foreach (var response in new[] { await nairobi.ValidateOrderAsync(Order("CL-METRO9-BLK", 300, incoterm, country: country)),
                         await nairobi.PlaceOrderAsync(Order("CL-METRO9-BLK", 300, incoterm, country: country)) })
            {
                var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
                var message = problem.GetProperty("errors").GetProperty("incoterm.place")[0].GetString();
                message.ShouldNotBeNull().ShouldContain(says);
            }
        }

        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_lane_leaves_freight_unknown_on_a_quote_and_refuses_an_order_the_supplier_would_invoice_it_on()
    {
        // No demo lane runs from Cambodia to Nigeria.
        var quote = await QuoteAsync(new { currency = "USD", incoterm = new { rule = "CIF", place = "NGAPP" }, lines = new[] { new { sku = "CL-HERIT10-BLK", quantity = 150 } } });
        var landed = quote.LandedCost.ShouldNotBeNull();
        landed.Selection.ShouldBe("no-known-rate");
        landed.InvoicedTotal.ShouldBeNull();
        landed.LandedTotal.ShouldBeNull();
        var freight = landed.Components.Single(c => c.Component == "main-freight");
        freight.Amount.ShouldBeNull("an unknown rate is never shown as zero");
        freight.Firmness.ShouldBe("unknown");
        freight.UnknownReason.ShouldNotBeNull().ShouldContain("from KHPNH to NGAPP");
        landed.UnknownComponents.ShouldContain("main-freight");
        landed.Options.ShouldAllBe(o => o.Freight == null && o.UnknownReason != null);

        await (await api.AdminClientAsync()).RecordCertificateAsync("SONCAP", "classic-heritage-flap-10");
        var problem = await (await api.ClientWithKey(DemoKeys.Nairobi).ValidateOrderAsync(
            Order("CL-HERIT10-BLK", 150, new { rule = "CIF", place = "NGAPP" }, country: "NG"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().ShouldBe(OrderRequests.OrderRules);
        var violation = problem.GetProperty("violations").EnumerateArray().ShouldHaveSingleItem();
        (violation.GetProperty("code").GetString(), violation.GetProperty("field").GetString()).ShouldBe(("freight_rate_unknown", "incoterm.place"));
    }

    [Fact]
    public async Task A_missing_duty_rate_is_the_buyers_unknown_under_DAP_and_refuses_the_order_under_DDP()
    {
        // The demo data has no rate for leather bags (HS 4202.91) into the Netherlands.
        var dap = await QuoteAsync(new { currency = "USD", incoterm = new { rule = "DAP", place = "NLRTM" }, lines = new[] { new { sku = "LE-EXEC8-COG", quantity = 50 } } });
        var landed = dap.LandedCost.ShouldNotBeNull();
        landed.InvoicedTotal.ShouldNotBeNull("the supplier's part under DAP is known");
        landed.LandedTotal.ShouldBeNull();
        landed.UnknownComponents.ShouldBe(["import-duty", "import-vat", "other-levies"]);
        landed.Components.Single(c => c.Component == "import-duty").UnknownReason.ShouldBe("No duty rate is recorded for HS 4202.91 into NL.");
        landed.Lines.Single().LandedUnitCost.ShouldBeNull();

        var order = Order("LE-EXEC8-COG", 50, new { rule = "DDP", place = "NLRTM" }, country: "NL");
        var problem = await (await api.ClientWithKey(DemoKeys.Alpen).PlaceOrderAsync(order)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).ShouldBe(["duty_rate_unknown"]);
    }

    [Fact]
    public async Task A_date_no_mode_meets_is_422_delivery_date_unachievable_with_the_earliest_date_by_each_mode()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var tomorrow = DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = await OrderTableCounts.ReadAsync(api.Database);

        // 300 of a SKU with 80 in stock: the rest is made to order over 45 days, then sails to Mombasa.
        var response = await nairobi.PlaceOrderAsync(Order("CL-METRO9-BLK", 300, new { rule = "CIF", place = "KEMBA" }, tomorrow));
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/delivery-date-unachievable");
        problem.GetProperty("requestedDeliveryDate").GetString().ShouldBe(tomorrow);
        var earliest = problem.GetProperty("earliestDeliveries").EnumerateArray().ToList();
        earliest.Select(e => e.GetProperty("mode").GetString()).ShouldBe(["sea-lcl", "sea-fcl"], "CIF is for sea freight");
        var lead = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(45);
        earliest.ShouldAllBe(e => DateOnly.Parse(e.GetProperty("deliveryDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > lead);
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before, "nothing is created or reserved");

        // By air (CIP), the goods still wait for production: the earliest air date is after the lead time too, and a date after it is met.
        var quote = await QuoteAsync(new { currency = "USD", incoterm = new { rule = "CIP", place = "KENBO" }, lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 300 } } });
        var air = quote.LandedCost.ShouldNotBeNull().Options.Single(o => o.Mode == "air");
        var byAir = air.ArrivalDate.ShouldNotBeNull();
        var placed = await nairobi.PlaceValidOrderAsync(new
        {
            buyerReference = "PO-LC-AIR",
            currency = "USD",
            incoterm = new { rule = "CIP", place = "KENBO" },
            requestedDeliveryDate = byAir.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 300 } },
            shipTo = new { addressLine1 = "Godown 14, Mombasa Road", city = "Nairobi", country = "KE" },
        });
        var placedCost = placed.LandedCost.ShouldNotBeNull();
        placedCost.Selection.ShouldBe("cheapest-by-requested-date");
        placedCost.ArrivalDate.ShouldNotBeNull().ShouldBeLessThanOrEqualTo(byAir, "the cheapest mode that arrives in time");
    }

    [Fact]
    public async Task A_placed_order_keeps_its_breakdown_when_the_rates_change()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var placed = await nairobi.PlaceValidOrderAsync(Order("CL-METRO9-NVY", 100, new { rule = "CIF", place = "KEMBA" }));
        var freight = placed.LandedCost.ShouldNotBeNull().Components.Single(c => c.Component == "main-freight").Amount.ShouldNotBeNull();
        placed.Totals.Charges.Amount.ShouldBeGreaterThan(0m);

        await api.Database.ExecuteAsync("UPDATE freight_lanes SET rate_per_cbm_minor = rate_per_cbm_minor * 3 WHERE lane_id = 'vnsgn-kemba-sea-lcl'");
        await api.Database.ExecuteAsync("UPDATE duty_rates SET duty_ppm = 0 WHERE country = 'KE'");

        var read = await nairobi.GetOrderAsync(placed.Id);
        JsonSerializer.Serialize(read.LandedCost, HttpAssertions.Json).ShouldBe(JsonSerializer.Serialize(placed.LandedCost, HttpAssertions.Json),
            "the order answers the breakdown it was placed with");
        read.LandedCost!.Components.Single(c => c.Component == "main-freight").Amount.ShouldBe(freight);
        read.Totals.ShouldBe(placed.Totals);
        read.Payment.ShouldBeSamePayment(placed.Payment);

        var requote = await QuoteAsync(new { currency = "USD", incoterm = new { rule = "CIF", place = "KEMBA" }, lines = new[] { new { sku = "CL-METRO9-NVY", quantity = 100 } } });
        requote.LandedCost.ShouldNotBeNull().Components.Single(c => c.Component == "main-freight").Amount!.Amount.ShouldBeGreaterThan(freight.Amount,
            "a new quote uses the new rate");
    }
}
