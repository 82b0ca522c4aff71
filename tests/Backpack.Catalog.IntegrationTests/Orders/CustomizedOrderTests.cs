using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Orders;

/// <summary>
/// A private-label order: one logo embroidered on two colourways. The design's MOQ is met across both lines, its setup fee
/// is charged once, each unit pays the surcharge at its line's quantity, the work adds its days to the ship dates, and the
/// order keeps what the quote priced. Every customisation rule broken is explained on its line.
/// </summary>
public sealed class CustomizedOrderTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static object Logo(string design = "NAIROBI-LOGO-1", string option = "logo-embroidery-5k", string placement = "front-panel",
        int colours = 3, int? stitchCount = 4200) => new { option, placement, design, colours, stitchCount };

    private static object Line(string sku, int quantity, params object[] customizations) => new { sku, quantity, customizations };

    private static object[] TwoColourways(int quantity) => [Line("CL-METRO9-BLK", quantity, Logo()), Line("CL-METRO9-NVY", quantity, Logo())];

    private async Task<QuoteResponse> QuoteAsync(object[] lines, string currency = "USD") =>
        await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", new { currency, lines }, HttpAssertions.Json, Cancellation))
            .ShouldBeJsonAsync<QuoteResponse>();

    private static object Order(object[] lines, string? quoteId = null) => new
    {
        buyerReference = $"PO-OEM-{Guid.NewGuid():N}"[..20], currency = "USD", quoteId, lines, shipTo = OrderBodies.ShipToNairobi,
    };

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task One_design_on_two_skus_meets_its_moq_together_and_pays_its_setup_fee_once()
    {
        var quote = await QuoteAsync(TwoColourways(160));

        quote.Valid.ShouldBeTrue(string.Join("; ", quote.Lines.SelectMany(l => l.Violations).Select(v => v.Message)));
        foreach (var line in quote.Lines)
        {
            var logo = line.Customizations.ShouldHaveSingleItem();
            (logo.Option, logo.Method, logo.Placement, logo.Design, logo.Colours).ShouldBe(("logo-embroidery-5k", "embroidery", "front-panel", "NAIROBI-LOGO-1", 3));
            logo.UnitSurcharge!.Amount.ShouldBe(0.95m, "160 units are below the 300 rung, so the first rung applies");
            logo.Surcharge!.Amount.ShouldBe(152.00m);
            line.LineTotal!.Amount.ShouldBe(1568.00m, "the goods stay apart from the surcharge: 160 × 9.80");
            line.Availability!.CustomizationDays.ShouldBe(14);
        }

        quote.Lines[0].Availability!.EstimatedShipDate.ShouldBe(Today.AddDays(45 + 14), "80 of 160 black are made to order: lead time plus embroidery");
        quote.Lines[1].Availability!.EstimatedShipDate.ShouldBe(Today.AddDays(3 + 14), "navy is in stock: dispatch days plus embroidery");
        var fee = quote.SetupFees.ShouldHaveSingleItem();
        (fee.Option, fee.Design, fee.Fee.Amount, fee.Lines).ShouldBe(("logo-embroidery-5k", "NAIROBI-LOGO-1", 35.00m, fee.Lines));
        fee.Lines.ShouldBe([1, 2]);
        quote.Totals.Customization.Amount.ShouldBe(152.00m + 152.00m + 35.00m);
        quote.Totals.Subtotal.Amount.ShouldBe(1568.00m + 1568.00m + 339.00m);

        var kes = await QuoteAsync(TwoColourways(160), "KES");
        kes.Totals.Subtotal.Amount.ShouldBe(kes.Lines.Sum(l => l.LineTotal!.Amount + l.Customizations.Sum(c => c.Surcharge!.Amount)) + kes.SetupFees.Sum(f => f.Fee.Amount),
            "converted per unit, the parts add up to the subtotal in the quote currency");
    }

    [Fact]
    public async Task Each_customisation_rule_broken_is_explained_on_its_line_all_at_once()
    {
        var quote = await QuoteAsync([
            Line("CL-METRO9-BLK", 100, Logo("SMALL-RUN")),
            Line("CL-METRO9-NVY", 100, Logo("SMALL-RUN")),
            Line("EC-MARKET9-NAT", 300, Logo(option: "leather-debossing", placement: "flap")),
            Line("CL-CAMPUS8-BLK", 312, Logo(placement: "lining"), Logo("SECOND", option: "screen-print", placement: "front-panel", colours: 5, stitchCount: null)),
            Line("HK-RIDGE12-ALB", 300, Logo("BIG", stitchCount: 7400), Logo("PATCH", option: "heat-transfer", placement: "front-panel", stitchCount: null)),
            Line("KD-GLOW7-HVY", 300, Logo(option: "heat-transfer-kids", placement: "reflective-strip", stitchCount: null), Logo(option: "no-such-option")),
            new { sku = "CL-METRO9-BLK", quantity = 2, sample = true, customizations = new[] { Logo("SAMPLE-LOGO") } },
        ]);

        quote.Valid.ShouldBeFalse();
        quote.QuoteId.ShouldBeNull("an invalid quote is not held");
        string[] Codes(int line) => [.. quote.Lines[line].Violations.Select(v => v.Code)];
        Codes(0).ShouldBe(["below_customization_moq"]);
        quote.Lines[0].Violations[0].Message.ShouldBe(
            "SMALL-RUN by logo-embroidery-5k is on 200 units across lines 1, 2; its MOQ per design is 300. Add 100 more.");
        Codes(1).ShouldBe(["below_customization_moq"]);
        Codes(2).ShouldBe(["customization_not_offered"]);
        quote.Lines[2].Violations[0].Message.ShouldBe("leather-debossing is not offered on EC-MARKET9-NAT; see its product's customizationOptions.");
        Codes(3).ShouldBe(["placement_not_allowed", "too_many_colours", "below_customization_moq"]);
        Codes(4).ShouldBe(["stitch_count_over_band", "placement_taken"]);
        Codes(5).ShouldBe(["placement_not_allowed", "customization_unknown"]);
        Codes(6).ShouldBe(["customization_on_sample"]);
        quote.Lines[3].Violations[1].Message.ShouldBe("screen-print takes designs of at most 4 colours; SECOND has 5.");
        quote.Lines[4].Violations[0].Message.ShouldBe("BIG has 7,400 stitches; logo-embroidery-5k is priced up to 5,000. Choose a higher band.");

        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var before = await OrderTableCounts.ReadAsync(api.Database);
        var refused = await (await nairobi.PlaceOrderAsync(Order([Line("CL-METRO9-BLK", 100, Logo("SMALL-RUN")), Line("EC-MARKET9-NAT", 300,
            Logo(option: "leather-debossing", placement: "flap"))]))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("type").GetString().ShouldBe(OrderRequests.OrderRules);
        refused.GetProperty("violations").EnumerateArray().Select(v => $"{v.GetProperty("field").GetString()} {v.GetProperty("code").GetString()}")
            .ShouldBe(["lines[0].customizations below_customization_moq", "lines[1].customizations customization_not_offered"]);
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before, "a refused order writes nothing");
    }

    [Fact]
    public async Task A_misshapen_customisation_is_a_400_naming_it_and_the_old_singular_member_is_still_refused()
    {
        var client = api.CreateClient();
        var misshapen = await client.PostAsJsonAsync("/v1/quotes", new
        {
            lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 300, customizations = new[] { new { option = "logo-embroidery-5k", placement = "pocket", design = "bad design!", colours = 0 } } } },
        }, HttpAssertions.Json, Cancellation);
        (await misshapen.ShouldBeValidationProblemAsync()).Order().ToList().ShouldBe([
            "lines[0].customizations[0].colours", "lines[0].customizations[0].design", "lines[0].customizations[0].placement"]);

        var singular = await client.PostAsJsonAsync("/v1/quotes", new
        {
            lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 300, customization = new { option = "logo-embroidery-5k" } } },
        }, HttpAssertions.Json, Cancellation);
        (await singular.ShouldBeValidationProblemAsync()).ShouldBe(["lines[0].customization"]);
    }

    [Fact]
    public async Task An_order_from_a_customised_quote_keeps_its_customisations_fees_and_dates_and_must_repeat_them()
    {
        var quote = await QuoteAsync(TwoColourways(160));
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);

        var bare = await (await nairobi.PlaceOrderAsync(Order([Line("CL-METRO9-BLK", 160), Line("CL-METRO9-NVY", 160)], quote.QuoteId)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        bare.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).ShouldBe(["quote_lines_mismatch"]);

        var order = await nairobi.PlaceValidOrderAsync(Order(TwoColourways(160), quote.QuoteId));
        order.QuoteId.ShouldBe(quote.QuoteId);
        order.Lines.Select(l => l.Customizations.ShouldHaveSingleItem().Surcharge!.Amount).ShouldBe([152.00m, 152.00m]);
        order.SetupFees.ShouldHaveSingleItem().Fee.Amount.ShouldBe(35.00m);
        order.Totals.Customization.Amount.ShouldBe(339.00m);
        order.Totals.Subtotal.Amount.ShouldBe(quote.Totals.Subtotal.Amount);
        order.Totals.SubtotalUsd.Amount.ShouldBe(3475.00m);
        order.Lines.Select(l => l.EstimatedShipDate).ShouldBe(quote.Lines.Select(l => l.Availability!.EstimatedShipDate));
        order.PromisedShipDate.ShouldBe(Today.AddDays(45 + 14));

        var read = await nairobi.GetOrderAsync(order.Id);
        JsonSerializer.Serialize(read.Lines).ShouldBe(JsonSerializer.Serialize(order.Lines));
        JsonSerializer.Serialize(read.SetupFees).ShouldBe(JsonSerializer.Serialize(order.SetupFees));
        read.Totals.ShouldBe(order.Totals);
    }
}
