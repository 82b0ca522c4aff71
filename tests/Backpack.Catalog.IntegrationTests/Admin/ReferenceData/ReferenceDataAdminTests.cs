using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;
using Backpack.Catalog.Api.Features.Admin.ReferenceData;
using Backpack.Catalog.Api.Features.Admin.ReferenceData.ListDutyRates;
using Backpack.Catalog.Api.Features.Admin.ReferenceData.ListFreightLanes;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;
using Dapper;
using Backpack.Catalog.IntegrationTests.Compliance;

namespace Backpack.Catalog.IntegrationTests.Admin.ReferenceData;

/// <summary>
/// The admin keeps the freight lanes, duty rates and insurance terms that quotes are costed from: every change needs the
/// version it was made against, lands in the audit trail, and moves the next quote, never a placed order.
/// </summary>
public sealed class ReferenceDataAdminTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private const string Trial = "khpnh-ngapp-sea-lcl-trial";

    private static object Lane(decimal ratePerCbm, string? id = "khpnh-ngapp-sea-lcl") => new
    {
        id, origin = "KHPNH", destination = "NGAPP", mode = "sea-lcl", currency = "USD", ratePerCbm, minimumCharge = 96.00m, originCharges = 85.00m,
        transitDays = 38, validFrom = Today(-1), validTo = Today(180), source = "Forwarder quotation (test)",
    };

    private static string Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static HttpRequestMessage Send(HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: HttpAssertions.Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private async Task<QuoteResponse> CifApapaQuoteAsync() => await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", new
    {
        currency = "USD", incoterm = new { rule = "CIF", place = "NGAPP" }, shippingMode = "sea-lcl", lines = new[] { new { sku = "CL-HERIT10-BLK", quantity = 900 } },
    }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>();

    [Fact]
    public async Task A_lane_is_created_read_replaced_only_at_its_version_and_deleted_and_each_step_is_audited()
    {
        var admin = await api.AdminClientAsync();
        const string url = "/v1/admin/freight-lanes/khpnh-ngapp-sea-lcl-trial";

        var created = await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/freight-lanes", Lane(96.00m, Trial), null), Cancellation);
        var lane = await created.ShouldBeJsonAsync<FreightLaneResponse>(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe(url);
        created.Headers.ETag!.Tag.ShouldBe("\"1\"");
        (lane.RatePerCbm, lane.RatePerKg, lane.MinimumCharge, lane.Version).ShouldBe((96.00m, null, 96.00m, 1));
        await (await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/freight-lanes", Lane(90m, Trial), null), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var read = await admin.GetAsync(url, Cancellation);
        (await read.ShouldBeJsonAsync<FreightLaneResponse>()).ShouldBe(lane);
        read.Headers.ETag!.Tag.ShouldBe("\"1\"");

        await (await admin.SendAsync(Send(HttpMethod.Put, url, Lane(99m, id: null), null), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await admin.SendAsync(Send(HttpMethod.Put, url, Lane(99m, id: null), "\"7\""), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var replaced = await (await admin.SendAsync(Send(HttpMethod.Put, url, Lane(99m, id: null), "\"1\""), Cancellation)).ShouldBeJsonAsync<FreightLaneResponse>();
        (replaced.RatePerCbm, replaced.Version).ShouldBe((99m, 2));
        var again = await (await admin.SendAsync(Send(HttpMethod.Put, url, Lane(99m, Trial), "\"2\""), Cancellation)).ShouldBeJsonAsync<FreightLaneResponse>();
        again.Version.ShouldBe(2, "the same lane again is no change");

        await (await admin.SendAsync(Send(HttpMethod.Delete, url, null, "\"1\""), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.SendAsync(Send(HttpMethod.Delete, url, null, "\"2\""), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.GetAsync(url, Cancellation)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.SendAsync(Send(HttpMethod.Delete, url, null, "\"2\""), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var trail = await admin.GetJsonAsync<ListAuditEntriesResponse>($"/v1/admin/audit?resourceId={Trial}");
        trail!.Items.Select(e => e.Action).ShouldBe(["freight_lane.deleted", "freight_lane.updated", "freight_lane.created"]);
        trail.Items.ShouldAllBe(e => e.ResourceType == "freight_lane" && e.ProductId == null && e.Actor.Role == "admin");
        var update = trail.Items[1].Changes;
        update.EnumerateObject().Select(p => p.Name).ShouldBe(["ratePerCbm"]);
        (update.GetProperty("ratePerCbm").GetProperty("from").GetDecimal(), update.GetProperty("ratePerCbm").GetProperty("to").GetDecimal()).ShouldBe((96m, 99m));
        trail.Items[0].Changes.GetProperty("ratePerCbm").GetProperty("from").GetDecimal().ShouldBe(99m, "a removed lane's figures stay in the trail");
    }

    [Fact]
    public async Task The_next_quote_uses_a_lane_the_admin_adds_changes_or_removes_and_a_placed_order_keeps_what_it_was_placed_with()
    {
        var admin = await api.AdminClientAsync();
        const string url = "/v1/admin/freight-lanes/khpnh-ngapp-sea-lcl";
        (await CifApapaQuoteAsync()).LandedCost!.UnknownComponents.ShouldContain("main-freight", "the demo data has no Cambodia to Nigeria lane");

        (await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/freight-lanes", Lane(96.00m), null), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var quote = (await CifApapaQuoteAsync()).LandedCost!;
        quote.UnknownComponents.ShouldNotContain("main-freight");
        var freight = quote.Components.Single(c => c.Component == "main-freight");
        freight.Firmness.ShouldBe("estimate");
        freight.Source.ShouldNotBeNull().ShouldContain("Forwarder quotation (test)");
        freight.Basis.ShouldNotBeNull().ShouldContain("W/M × USD 96.00");
        freight.Amount!.Amount.ShouldBeGreaterThan(96.00m, "above the lane's minimum, so a dearer rate shows in full");

        await admin.RecordCertificateAsync("SONCAP", "classic-heritage-flap-10");
        var placed = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(new
        {
            buyerReference = "PO-REF-LANE", currency = "USD", incoterm = new { rule = "CIF", place = "NGAPP" }, shippingMode = "sea-lcl",
            lines = new[] { new { sku = "CL-HERIT10-BLK", quantity = 900 } },
            shipTo = new { addressLine1 = "12 Wharf Road", city = "Lagos", country = "NG" },
        });
        var placedFreight = placed.LandedCost!.Components.Single(c => c.Component == "main-freight").Amount!.Amount;

        (await admin.SendAsync(Send(HttpMethod.Put, url, Lane(192.00m), "\"1\""), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var dearer = (await CifApapaQuoteAsync()).LandedCost!.Components.Single(c => c.Component == "main-freight").Amount!.Amount;
        dearer.ShouldBe(2 * placedFreight, 0.01m, "twice the rate per W/M");
        (await api.ClientWithKey(DemoKeys.Nairobi).GetOrderAsync(placed.Id)).LandedCost!.Components
            .Single(c => c.Component == "main-freight").Amount!.Amount.ShouldBe(placedFreight, "a placed order keeps the rate it was placed at");

        (await admin.SendAsync(Send(HttpMethod.Delete, url, null, "\"2\""), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var gone = (await CifApapaQuoteAsync()).LandedCost!.Components.Single(c => c.Component == "main-freight");
        (gone.Amount, gone.Firmness).ShouldBe((null, "unknown"));
    }

    [Fact]
    public async Task A_duty_rate_is_kept_by_country_and_heading_and_a_removed_one_is_unknown_on_the_next_quote()
    {
        var admin = await api.AdminClientAsync();
        const string url = "/v1/admin/duty-rates/KE/4202.92";
        var read = await admin.GetAsync(url, Cancellation);
        var rate = await read.ShouldBeJsonAsync<DutyRateResponse>();
        (rate.Id, rate.DutyPercent, rate.VatPercent, rate.ValuationBasis).ShouldBe(("KE/4202.92", 35m, 16m, "CIF"));
        rate.Levies.Select(l => l.Percent).ShouldBe([2.5m, 2m]);

        var body = new { dutyPercent = 25m, vatName = "VAT", vatPercent = 16m, levies = rate.Levies, valuationBasis = "CIF", asOf = Today(0), source = "Finance Act (test)" };
        var changed = await (await admin.SendAsync(Send(HttpMethod.Put, url, body, read.Headers.ETag!.Tag), Cancellation)).ShouldBeJsonAsync<DutyRateResponse>();
        (changed.DutyPercent, changed.Version).ShouldBe((25m, rate.Version + 1));
        var quote = await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", new
        {
            currency = "USD", incoterm = new { rule = "CIF", place = "KEMBA" }, lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 300 } },
        }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>();
        var duty = quote.LandedCost!.Components.Single(c => c.Component == "import-duty");
        duty.Source.ShouldNotBeNull().ShouldContain("Finance Act (test)");
        duty.Basis.ShouldNotBeNull().ShouldContain("25");

        (await admin.SendAsync(Send(HttpMethod.Delete, url, null, $"\"{changed.Version}\""), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var unknown = await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", new
        {
            currency = "USD", incoterm = new { rule = "CIF", place = "KEMBA" }, lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 300 } },
        }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>();
        unknown.LandedCost!.Components.Single(c => c.Component == "import-duty").Amount.ShouldBeNull("a missing rate is never zero");
        unknown.LandedCost.UnknownComponents.ShouldContain("import-duty");

        var restored = new
        {
            country = "KE", hsHeading = "4202.92", dutyPercent = 35m, vatName = "VAT", vatPercent = 16m, levies = rate.Levies, valuationBasis = "CIF",
            asOf = Today(0), source = "Restored (test)",
        };
        var created = await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/duty-rates", restored, null), Cancellation);
        (await created.ShouldBeJsonAsync<DutyRateResponse>(HttpStatusCode.Created)).Version.ShouldBe(1);
        created.Headers.Location!.ToString().ShouldBe(url);

        var trail = await admin.GetJsonAsync<ListAuditEntriesResponse>("/v1/admin/audit?resourceType=duty_rate");
        trail!.Items.Select(e => (e.Action, e.ResourceId)).ShouldBe([("duty_rate.created", "KE/4202.92"), ("duty_rate.deleted", "KE/4202.92"), ("duty_rate.updated", "KE/4202.92")]);
    }

    [Fact]
    public async Task Insurance_terms_change_the_next_CIF_premium()
    {
        var admin = await api.AdminClientAsync();
        var read = await admin.GetAsync("/v1/admin/insurance-terms", Cancellation);
        var terms = await read.ShouldBeJsonAsync<InsuranceTermsResponse>();
        (terms.CoverPercent, terms.Currency).ShouldBe((110, "USD"));
        var before = await PremiumAsync();

        var doubled = new { ratePercent = terms.RatePercent * 2, coverPercent = 110, minimumPremium = 0m, currency = "USD", asOf = Today(0), source = "Open cover (test)" };
        await (await admin.SendAsync(Send(HttpMethod.Put, "/v1/admin/insurance-terms", doubled, null), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var changed = await (await admin.SendAsync(Send(HttpMethod.Put, "/v1/admin/insurance-terms", doubled, read.Headers.ETag!.Tag), Cancellation))
            .ShouldBeJsonAsync<InsuranceTermsResponse>();
        changed.Version.ShouldBe(terms.Version + 1);

        var after = await PremiumAsync();
        after.Source.ShouldNotBeNull().ShouldContain("Open cover (test)");
        after.Amount!.Amount.ShouldBeGreaterThan(before.Amount!.Amount * 1.9m, "twice the rate on about the same insured value");
        (await admin.GetJsonAsync<ListAuditEntriesResponse>("/v1/admin/audit?resourceType=insurance"))!.Items[0].Changes
            .EnumerateObject().Select(p => p.Name).ShouldBe(["ratePercent", "minimumPremium", "asOf", "source"]);

        async Task<Api.Features.Trade.CostComponentResponse> PremiumAsync() =>
            (await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", new
            {
                currency = "USD", incoterm = new { rule = "CIF", place = "KEMBA" }, lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 3000 } },
            }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>()).LandedCost!.Components.Single(c => c.Component == "insurance");
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_at_once_and_nothing_is_saved()
    {
        var admin = await api.AdminClientAsync();
        var rateBefore = await admin.GetJsonAsync<DutyRateResponse>("/v1/admin/duty-rates/KE/4202.92");
        var newestBefore = (await admin.GetJsonAsync<ListAuditEntriesResponse>("/v1/admin/audit?limit=1"))!.Items.Single().Id;
        var response = await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/freight-lanes", new
        {
            id = "x", origin = "KEMBA", destination = "CNYTN", mode = "sea-lcl", currency = "XYZ", ratePerKg = 1.5m, minimumCharge = -1m,
            originCharges = 0.001m, transitDays = 0, validFrom = Today(10), validTo = Today(0), source = "",
        }, null), Cancellation);
        (await response.ShouldBeValidationProblemAsync()).ShouldBe(
            ["id", "origin", "destination", "currency", "ratePerCbm", "ratePerKg", "minimumCharge", "originCharges", "transitDays", "validTo", "source"],
            ignoreOrder: true);

        var put = await admin.SendAsync(Send(HttpMethod.Put, "/v1/admin/duty-rates/KE/4202.92", new
        {
            country = "NG", dutyPercent = 100.5m, vatName = "VAT", vatPercent = 16.00001m, levies = new[] { new { name = "", percent = 1m } },
            valuationBasis = "DDP", asOf = Today(0), source = "x",
        }, "\"1\""), Cancellation);
        (await put.ShouldBeValidationProblemAsync()).ShouldBe(["country", "dutyPercent", "vatPercent", "levies[0].name", "valuationBasis"], ignoreOrder: true);

        var nullLevy = await admin.SendAsync(Send(HttpMethod.Post, "/v1/admin/duty-rates", new
        {
            country = "NL", hsHeading = "4202.91", dutyPercent = 3m, vatName = "VAT", vatPercent = 21m, levies = new object?[] { null },
            valuationBasis = "CIF", asOf = Today(0), source = "x",
        }, null), Cancellation);
        (await nullLevy.ShouldBeValidationProblemAsync()).ShouldBe(["levies[0]"]);

        var insurance = await admin.SendAsync(Send(HttpMethod.Put, "/v1/admin/insurance-terms", new
        {
            ratePercent = 0m, coverPercent = 90, minimumPremium = 1m, currency = "USD", asOf = Today(0), source = "x",
        }, "\"1\""), Cancellation);
        (await insurance.ShouldBeValidationProblemAsync()).ShouldBe(["ratePercent", "coverPercent"], ignoreOrder: true);

        var rateAfter = (await admin.GetJsonAsync<DutyRateResponse>("/v1/admin/duty-rates/KE/4202.92"))!;
        (rateAfter.Version, rateAfter.DutyPercent, rateAfter.Source).ShouldBe((rateBefore!.Version, rateBefore.DutyPercent, rateBefore.Source));
        (await admin.GetJsonAsync<ListAuditEntriesResponse>("/v1/admin/audit?limit=1"))!.Items.Single().Id.ShouldBe(newestBefore, "nothing was audited");
        await (await admin.GetAsync("/v1/admin/freight-lanes/x", Cancellation)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lists_filter_and_page_every_lane_and_rate_exactly_once()
    {
        var admin = await api.AdminClientAsync();
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await admin.GetJsonAsync<ListFreightLanesResponse>(
                $"/v1/admin/freight-lanes?origin=CNYTN&mode=sea-lcl&limit=4{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}"))!;
            page.Items.ShouldAllBe(l => l.Origin == "CNYTN" && l.Mode == "sea-lcl");
            seen.AddRange(page.Items.Select(l => l.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        await using var connection = await api.Database.Connections().OpenAsync(Cancellation);
        var lanes = await connection.QueryAsync<string>("SELECT lane_id FROM freight_lanes WHERE origin = 'CNYTN' AND mode = 'sea-lcl'");
        seen.ShouldBe(lanes.Order(StringComparer.Ordinal).ToList());
        seen.Count.ShouldBeGreaterThan(4, "more than one page");

        var rates = (await admin.GetJsonAsync<ListDutyRatesResponse>("/v1/admin/duty-rates?country=BR"))!.Items;
        rates.Select(r => r.Id).ShouldBe(["BR/4202.91", "BR/4202.92"]);
        var first = (await admin.GetJsonAsync<ListDutyRatesResponse>("/v1/admin/duty-rates?limit=1"))!;
        (await (await admin.GetAsync($"/v1/admin/duty-rates?country=KE&cursor={Uri.EscapeDataString(first.NextCursor!)}", Cancellation))
            .ShouldBeValidationProblemAsync()).ShouldBe(["cursor"], "a cursor only continues its own query");
        (await (await admin.GetAsync("/v1/admin/freight-lanes?origin=KEMBA", Cancellation)).ShouldBeValidationProblemAsync()).ShouldBe(["origin"]);
    }

    [Fact]
    public async Task Reference_data_is_for_admin_keys_only()
    {
        var body = Lane(96m);
        (await api.ClientWithKey(DemoKeys.Nairobi).GetAsync("/v1/admin/freight-lanes", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.ClientWithKey(DemoKeys.Nairobi).PostAsJsonAsync("/v1/admin/freight-lanes", body, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.CreateClient().GetAsync("/v1/admin/insurance-terms", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
