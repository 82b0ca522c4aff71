using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.ListOrders;
using Backpack.Catalog.Api.Features.Orders.ValidateOrder;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using static Backpack.Catalog.IntegrationTests.Orders.OrderRequests;

namespace Backpack.Catalog.IntegrationTests.Orders;

/// <summary>
/// An order's life through HTTP only: quote, dry run, placement, reads, listing, the admin's status changes and the
/// distributor's cancel, with the stock and price effects checked in the database. Tests share one database, so each
/// uses its own SKUs and compares stock before and after rather than with the seed.
/// </summary>
public sealed class OrderFlowTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static readonly DemoDistributor Nairobi = DemoKeys.Distributor(DemoKeys.NairobiId);
    private static readonly DemoDistributor Alpen = DemoKeys.Distributor(DemoKeys.AlpenId);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_quote_a_dry_run_and_the_placed_order_agree_and_only_placing_writes()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        object[] lines = [new { sku = "CL-METRO9-NVY", quantity = 100 }, new { sku = "CL-METRO9-OLV", quantity = 120 }];
        var start = await OrderTableCounts.ReadAsync(api.Database);

        var quote = await QuoteAsync(new { currency = "KES", lines });
        quote.Valid.ShouldBeTrue();
        quote.QuoteId.ShouldNotBeNull().ShouldMatch("^qt_[0-9a-f]{32}$");
        quote.ValidUntil.ShouldNotBeNull().ShouldBeGreaterThan(quote.QuotedAt);
        var afterQuote = await OrderTableCounts.ReadAsync(api.Database);
        afterQuote.ShouldBe(start with { Quotes = start.Quotes + 1 }, "a quote is held, nothing else is written");
        var quotedUnitPrices = quote.Lines.Select(l => l.UnitPrice!).ToList();

        // No currency and no quoteId: the distributor's own currency applies, at today's rate (the quote's, as the rates are static).
        var body = OrderBody(lines, "PO-FLOW-1");
        var preview = await (await nairobi.ValidateOrderAsync(body)).ShouldBeJsonAsync<OrderPreviewResponse>();
        preview.Currency.ShouldBe(Nairobi.DefaultCurrency);
        preview.Lines.Select(l => l.UnitPrice).ShouldBe(quotedUnitPrices);
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(afterQuote, "a dry run writes and reserves nothing");

        var idempotencyKey = Guid.NewGuid().ToString();
        var placed = await nairobi.PlaceOrderAsync(body, idempotencyKey);
        var order = await placed.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        placed.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe($"/v1/orders/{order.Id}");
        ETagOf(placed).ShouldBe("\"v1\"");
        order.Id.ShouldMatch("^ord_[0-9a-f]{32}$");
        order.Status.ShouldBe(OrderStatus.Submitted);
        order.DistributorId.ShouldBe(DemoKeys.NairobiId);
        order.BuyerReference.ShouldBe("PO-FLOW-1");
        order.Currency.ShouldBe("KES");
        order.Incoterm.Rule.ShouldBe(Nairobi.DefaultIncoterm);
        order.Incoterm.Place.ShouldBe("KEMBA", "CIF by default is to the seaport of the ship-to country");
        order.QuoteId.ShouldBeNull();
        order.Cancellable.ShouldBeTrue();
        order.Lines.Select(l => l.UnitPrice).ShouldBe(quotedUnitPrices);
        order.Lines.Select(l => l.LineTotal).ShouldBe(quote.Lines.Select(l => l.LineTotal!));
        order.Lines.Select(l => (l.Sample, l.TierMinQuantity)).ShouldBe([(false, (int?)100), (false, 100)]);

        var subtotal = order.Lines.Sum(l => l.UnitPrice.Amount * l.Quantity);
        subtotal.ShouldBe(quote.Totals.Subtotal.Amount);
        order.Totals.Subtotal.ShouldBe(new Money(subtotal, "KES"));
        order.Totals.Units.ShouldBe(220);
        var charges = order.LandedCost.ShouldNotBeNull().Components.Skip(1).Where(c => c.InvoicedBySupplier).Sum(c => c.Amount!.Amount);
        charges.ShouldBeGreaterThan(0m, "under CIF the supplier invoices export clearance, freight and insurance");
        order.Totals.Charges.ShouldBe(new Money(charges, "KES"));
        order.Totals.Total.ShouldBe(new Money(subtotal + charges, "KES"));
        order.LandedCost.InvoicedTotal.ShouldBe(order.Totals.Total);
        var deposit = decimal.Round((subtotal + charges) * Nairobi.DepositPercent / 100m, 2, MidpointRounding.AwayFromZero);
        order.Payment.DepositPercent.ShouldBe(30);
        order.Payment.Deposit.ShouldBe(new Money(deposit, "KES"));
        order.Payment.Balance.ShouldBe(new Money(subtotal + charges - deposit, "KES"));
        order.Payment.Terms.ShouldBe(Nairobi.PaymentTerms);

        var first = order.History.ShouldHaveSingleItem();
        first.Status.ShouldBe(OrderStatus.Submitted);
        first.From.ShouldBeNull();
        first.Actor.ShouldBe(new ActorResponse("distributor", KeyIdOf(DemoKeys.Nairobi)));

        var reserved = order.Lines.Sum(l => l.FromStock);
        reserved.ShouldBe(220, "both SKUs have the stock");
        var afterPlace = await OrderTableCounts.ReadAsync(api.Database);
        afterPlace.ShouldBe(afterQuote with
        {
            Orders = afterQuote.Orders + 1, Lines = afterQuote.Lines + 2, History = afterQuote.History + 1,
            IdempotencyKeys = afterQuote.IdempotencyKeys + 1, StockReserved = afterQuote.StockReserved + reserved,
            OutboxMessages = afterQuote.OutboxMessages + 1,
        });

        var read = await nairobi.GetOrderResponseAsync(order.Id);
        var fetched = await read.ShouldBeJsonAsync<OrderResponse>();
        ETagOf(read).ShouldBe("\"v1\"");
        JsonSerializer.Serialize(fetched.Lines).ShouldBe(JsonSerializer.Serialize(order.Lines), "lines hold lists, so they are compared as JSON");
        fetched.Payment.ShouldBeSamePayment(order.Payment);
        fetched.Totals.ShouldBe(order.Totals);
        fetched.History.ShouldBe(order.History);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/v1/orders/{order.Id}");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"v1\""));
        var notModified = await nairobi.SendAsync(conditional, Cancellation);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsStringAsync(Cancellation)).ShouldBeEmpty();

        var replay = await nairobi.PlaceOrderAsync(body, idempotencyKey);
        (await replay.ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created)).Id.ShouldBe(order.Id);
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(afterPlace, "a retry with the same key creates nothing");
    }

    [Fact]
    public async Task An_open_account_distributor_orders_in_euros_with_no_deposit()
    {
        var variant = SeedExpectations.Variants.Single(v => v.Sku == "HK-RIDGE12-ALB");
        var order = await api.ClientWithKey(DemoKeys.Alpen).PlaceValidOrderAsync(OrderBody([new { sku = variant.Sku, quantity = 100 }], "PO-ALPEN-1"));

        order.DistributorId.ShouldBe(DemoKeys.AlpenId);
        order.Currency.ShouldBe(Alpen.DefaultCurrency);
        order.Incoterm.Rule.ShouldBe(Alpen.DefaultIncoterm);
        order.Incoterm.Place.ShouldBe("KENBO", "DAP by default is to the main city of the ship-to country, Nairobi");
        var rate = order.ExchangeRate.ShouldNotBeNull().Rate;
        var unit = decimal.Round(variant.Tiers[0].UnitPriceUsd * rate, 2, MidpointRounding.AwayFromZero);
        order.Lines.Single().UnitPrice.ShouldBe(new Money(unit, "EUR"));
        order.Totals.Subtotal.ShouldBe(new Money(unit * 100, "EUR"));
        order.Payment.DepositPercent.ShouldBe(0);
        order.Payment.Deposit.ShouldBe(new Money(0m, "EUR"));
        order.Totals.Total.Amount.ShouldBe(order.Totals.Subtotal.Amount + order.Totals.Charges.Amount);
        order.Totals.Charges.Amount.ShouldBeGreaterThan(0m, "under DAP the supplier invoices the carriage to Nairobi");
        order.Payment.Balance.ShouldBe(order.Totals.Total);
        order.Payment.Terms.ShouldBe(Alpen.PaymentTerms);
    }

    [Fact]
    public async Task Listing_filters_by_status_and_time_and_pages_through_every_order_once()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var first = await PlaceInItsOwnMillisecondAsync(nairobi, "PO-LIST-1");
        var second = await PlaceInItsOwnMillisecondAsync(nairobi, "PO-LIST-2");
        var third = await PlaceInItsOwnMillisecondAsync(nairobi, "PO-LIST-3");
        first.CreatedAt.ShouldBeLessThan(second.CreatedAt);
        second.CreatedAt.ShouldBeLessThan(third.CreatedAt);

        // The window holds exactly these three: other tests in this class place orders before or after, never during.
        var window = $"createdFrom={Instant(first.CreatedAt)}&createdTo={Instant(third.CreatedAt.AddMilliseconds(1))}";
        (await ListAsync(nairobi, $"?{window}")).Items.Select(o => o.Id).ShouldBe([third.Id, second.Id, first.Id], "newest first");
        (await ListAsync(nairobi, $"?createdFrom={Instant(first.CreatedAt)}&createdTo={Instant(second.CreatedAt)}")).Items.Select(o => o.Id)
            .ShouldBe([first.Id], "createdTo is exclusive");

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await ListAsync(nairobi, $"?limit=1&{window}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            page.Limit.ShouldBe(1);
            seen.Add(page.Items.ShouldHaveSingleItem().Id);
            cursor = page.NextCursor;
        }
        while (cursor is not null && seen.Count < 10);
        seen.ShouldBe([third.Id, second.Id, first.Id]);

        (await nairobi.CancelOrderAsync(second.Id, "Duplicate PO.")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cancelled = await ListAsync(nairobi, $"?status=cancelled&{window}");
        cancelled.Items.Select(o => (o.Id, o.Status)).ShouldBe([(second.Id, OrderStatus.Cancelled)]);
        (await ListAsync(nairobi, $"?status=submitted&{window}")).Items.Select(o => o.Id).ShouldBe([third.Id, first.Id]);

        var summary = (await ListAsync(nairobi, $"?{window}")).Items.Single(o => o.Id == first.Id);
        summary.ShouldBe(new OrderSummaryResponse(first.Id, OrderStatus.Submitted, DemoKeys.NairobiId, "PO-LIST-1", 120,
            first.Totals.Subtotal, first.Totals.SubtotalUsd, first.PromisedShipDate, first.CreatedAt, first.UpdatedAt));

        var malformed = await nairobi.GetAsync("/v1/orders?cursor=not-a-cursor", Cancellation);
        (await malformed.ShouldBeValidationProblemAsync()).ShouldBe(["cursor"]);

        var firstPage = await ListAsync(nairobi, $"?limit=1&{window}");
        var otherFilters = await nairobi.GetAsync($"/v1/orders?limit=1&status=submitted&{window}&cursor={Uri.EscapeDataString(firstPage.NextCursor!)}", Cancellation);
        (await otherFilters.ShouldBeValidationProblemAsync()).ShouldBe(["cursor"]);
    }

    [Fact]
    public async Task Admin_moves_the_order_on_with_history_and_etags_and_then_the_distributor_cannot_cancel()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var adminKey = await api.CreateAdminKeyAsync("flow admin");
        var admin = api.ClientWithKey(adminKey);
        var adminActor = new ActorResponse("admin", KeyIdOf(adminKey));
        var order = await nairobi.PlaceValidOrderAsync(OrderBody([new { sku = "CL-COMMUTE10-NVY", quantity = 100 }], "PO-ADMIN-1"));

        var confirming = await admin.ChangeStatusAsync(order.Id, OrderStatus.Confirmed, "Deposit received.");
        var confirmed = await confirming.ShouldBeJsonAsync<OrderResponse>();
        ETagOf(confirming).ShouldBe("\"v2\"");
        confirmed.Status.ShouldBe(OrderStatus.Confirmed);
        confirmed.History.Count.ShouldBe(2);
        confirmed.History[1].ShouldBe(new StatusChangeResponse(OrderStatus.Confirmed, OrderStatus.Submitted, confirmed.History[1].At, adminActor, "Deposit received.", null, null, null));

        (await admin.RecordPaymentAsync(order.Id, confirmed.Payment.Deposit.Amount)).Etag.ShouldBe("\"v3\"", "a payment is a version too");
        var starting = await admin.ChangeStatusAsync(order.Id, OrderStatus.InProduction);
        var inProduction = await starting.ShouldBeJsonAsync<OrderResponse>();
        ETagOf(starting).ShouldBe("\"v4\"");
        inProduction.Cancellable.ShouldBeFalse();
        inProduction.History.Select(h => (h.Status, h.From, h.Actor)).ShouldBe([
            (OrderStatus.Submitted, null, new ActorResponse("distributor", KeyIdOf(DemoKeys.Nairobi))),
            (OrderStatus.Confirmed, OrderStatus.Submitted, adminActor),
            (OrderStatus.Confirmed, OrderStatus.Confirmed, adminActor),
            (OrderStatus.InProduction, OrderStatus.Confirmed, adminActor),
        ]);

        var read = await nairobi.GetOrderResponseAsync(order.Id);
        (await read.ShouldBeJsonAsync<OrderResponse>()).History.ShouldBe(inProduction.History);
        ETagOf(read).ShouldBe("\"v4\"");

        var refused = await nairobi.CancelOrderAsync(order.Id, "Too late?");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe(StateConflict);
        problem.GetProperty("currentStatus").GetString().ShouldBe(OrderStatus.InProduction);
        problem.GetProperty("allowedNext").EnumerateArray().Select(s => s.GetString()).ShouldBe([OrderStatus.ReadyToShip]);

        var after = await nairobi.GetOrderResponseAsync(order.Id);
        (await after.ShouldBeJsonAsync<OrderResponse>()).Status.ShouldBe(OrderStatus.InProduction);
        ETagOf(after).ShouldBe("\"v4\"");
    }

    [Fact]
    public async Task Cancelling_a_submitted_order_releases_its_stock_and_records_the_reason()
    {
        const string sku = "CL-CSAFE9-SLB";
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var before = await api.Database.StockReservedAsync(sku);
        var order = await nairobi.PlaceValidOrderAsync(OrderBody([new { sku, quantity = 100 }], "PO-CANCEL-1"));
        order.Lines.Single().FromStock.ShouldBe(100);
        (await api.Database.StockReservedAsync(sku)).ShouldBe(before + 100);

        var cancelling = await nairobi.CancelOrderAsync(order.Id, "Customer withdrew the tender.", ifMatch: "\"v1\"");
        var cancelled = await cancelling.ShouldBeJsonAsync<OrderResponse>();
        ETagOf(cancelling).ShouldBe("\"v2\"");
        cancelled.Status.ShouldBe(OrderStatus.Cancelled);
        cancelled.Cancellable.ShouldBeFalse();
        var last = cancelled.History[^1];
        (last.Status, last.From, last.Actor, last.Note).ShouldBe(
            (OrderStatus.Cancelled, OrderStatus.Submitted, new ActorResponse("distributor", KeyIdOf(DemoKeys.Nairobi)), "Customer withdrew the tender."));
        (await api.Database.StockReservedAsync(sku)).ShouldBe(before, "the reservation is released");

        var again = await nairobi.CancelOrderAsync(order.Id, "Twice.");
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe(StateConflict);
        (await api.Database.StockReservedAsync(sku)).ShouldBe(before, "a refused second cancel releases nothing more");
        (await nairobi.GetOrderAsync(order.Id)).History.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("\"v0\"")]
    [InlineData("\"v1\"")]
    [InlineData("v2")]
    [InlineData("W/\"v2\"")]
    public async Task A_cancel_with_a_stale_or_unusable_if_match_is_412_and_changes_nothing(string ifMatch)
    {
        const string sku = "CL-CSAFE9-STG";
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await api.AdminClientAsync();
        var order = await nairobi.PlaceValidOrderAsync(OrderBody([new { sku, quantity = 100 }], "PO-STALE-1"));
        await admin.MoveAsync(order.Id, OrderStatus.Confirmed);
        var reserved = await api.Database.StockReservedAsync(sku);
        var counts = await OrderTableCounts.ReadAsync(api.Database);

        var stale = await nairobi.CancelOrderAsync(order.Id, "Changed our mind.", ifMatch);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed)).GetProperty("type").GetString().ShouldBe(PreconditionFailed);

        var read = await nairobi.GetOrderResponseAsync(order.Id);
        var unchanged = await read.ShouldBeJsonAsync<OrderResponse>();
        ETagOf(read).ShouldBe("\"v2\"");
        unchanged.Status.ShouldBe(OrderStatus.Confirmed);
        unchanged.History.Count.ShouldBe(2);
        (await api.Database.StockReservedAsync(sku)).ShouldBe(reserved);
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(counts);

        // The current tag is honoured, so the 412 above was about staleness.
        (await nairobi.CancelOrderAsync(order.Id, "Changed our mind.", "\"v2\"")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.Database.StockReservedAsync(sku)).ShouldBe(reserved - 100);
    }

    [Fact]
    public async Task An_illegal_admin_transition_is_409_naming_the_allowed_next_statuses()
    {
        const string sku = "CL-CSAFE9-WNR";
        var admin = await api.AdminClientAsync();
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBody([new { sku, quantity = 100 }], "PO-ILLEGAL-1"));
        var onHand = await api.Database.StockOnHandAsync(sku);
        var reserved = await api.Database.StockReservedAsync(sku);

        var refused = await admin.ChangeStatusAsync(order.Id, OrderStatus.Shipped);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe(StateConflict);
        problem.GetProperty("currentStatus").GetString().ShouldBe(OrderStatus.Submitted);
        problem.GetProperty("allowedNext").EnumerateArray().Select(s => s.GetString())
            .ShouldBe([OrderStatus.Confirmed, OrderStatus.Rejected, OrderStatus.Cancelled], ignoreOrder: true);

        var read = await admin.GetOrderResponseAsync(order.Id);
        (await read.ShouldBeJsonAsync<OrderResponse>()).Status.ShouldBe(OrderStatus.Submitted);
        ETagOf(read).ShouldBe("\"v1\"");
        (await api.Database.StockOnHandAsync(sku)).ShouldBe(onHand, "a refused shipment takes nothing out of stock");
        (await api.Database.StockReservedAsync(sku)).ShouldBe(reserved);
    }

    [Fact]
    public async Task Shipping_takes_the_reserved_units_out_of_stock_on_hand()
    {
        const string sku = "HK-RIDGE12-MOS";
        var admin = await api.AdminClientAsync();
        var onHand = await api.Database.StockOnHandAsync(sku);
        var reserved = await api.Database.StockReservedAsync(sku);
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBody([new { sku, quantity = 100 }], "PO-SHIP-1"));
        var fromStock = order.Lines.Single().FromStock;
        fromStock.ShouldBe(100);

        await admin.MoveAsync(order.Id, OrderStatus.Confirmed);
        await admin.RecordPaymentAsync(order.Id);
        await admin.MoveAsync(order.Id, OrderStatus.ReadyToShip);
        (await api.Database.StockOnHandAsync(sku)).ShouldBe(onHand, "stock stays on hand until it ships");
        (await api.Database.StockReservedAsync(sku)).ShouldBe(reserved + fromStock);

        var byHand = await (await admin.ChangeStatusAsync(order.Id, OrderStatus.Shipped)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        byHand.GetProperty("detail").GetString()!.ShouldContain("follow the order's shipments");
        var shipped = await admin.ShipAllAsync(order.Id);
        shipped.Status.ShouldBe(OrderStatus.Shipped);
        shipped.History.Select(h => (h.Status, h.Step)).ShouldBe([(OrderStatus.Submitted, null), (OrderStatus.Confirmed, null), (OrderStatus.Confirmed, "payment_recorded"),
            (OrderStatus.ReadyToShip, null), (OrderStatus.ReadyToShip, "shipment_booked"), (OrderStatus.ReadyToShip, "shipment_departed"), (OrderStatus.Shipped, null)]);
        (await api.Database.StockOnHandAsync(sku)).ShouldBe(onHand - fromStock);
        (await api.Database.StockReservedAsync(sku)).ShouldBe(reserved);
    }

    [Fact]
    public async Task A_placed_order_keeps_its_prices_when_the_catalogue_price_changes()
    {
        const string sku = "HK-RIDGE12-GRP";
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var body = OrderBody([new { sku, quantity = 100 }], "PO-SNAPSHOT-1");
        var order = await nairobi.PlaceValidOrderAsync(body);
        var usd = SeedExpectations.Variants.Single(v => v.Sku == sku).Tiers[0].UnitPriceUsd;
        order.Lines.Single().UnitPriceUsd.ShouldBe(new Money(usd, "USD"));

        await api.Database.ExecuteAsync($"UPDATE price_tiers SET unit_price_cents = unit_price_cents * 2 WHERE sku = '{sku}'");
        var repriced = await (await nairobi.ValidateOrderAsync(body)).ShouldBeJsonAsync<OrderPreviewResponse>();
        repriced.Lines.Single().UnitPriceUsd.ShouldBe(new Money(usd * 2, "USD"), "a new order sees the new price");

        var read = await nairobi.GetOrderAsync(order.Id);
        JsonSerializer.Serialize(read.Lines).ShouldBe(JsonSerializer.Serialize(order.Lines), "lines hold lists, so they are compared as JSON");
        read.Totals.ShouldBe(order.Totals);
        read.Payment.ShouldBeSamePayment(order.Payment);
    }

    [Fact]
    public async Task An_order_naming_its_quote_keeps_the_quoted_prices_after_a_price_change()
    {
        const string sku = "HK-RIDGE12-SOR";
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        object[] lines = [new { sku, quantity = 100 }];
        var quote = await QuoteAsync(new { currency = "KES", lines });
        var quoteId = quote.QuoteId.ShouldNotBeNull();
        var usd = SeedExpectations.Variants.Single(v => v.Sku == sku).Tiers[0].UnitPriceUsd;

        await api.Database.ExecuteAsync($"UPDATE price_tiers SET unit_price_cents = unit_price_cents * 2 WHERE sku = '{sku}'");
        var unquoted = await (await nairobi.ValidateOrderAsync(OrderBody(lines, "PO-HOLD-1"))).ShouldBeJsonAsync<OrderPreviewResponse>();
        unquoted.Lines.Single().UnitPriceUsd.ShouldBe(new Money(usd * 2, "USD"), "without the quote the new price applies");

        var order = await nairobi.PlaceValidOrderAsync(OrderBody(lines, "PO-HOLD-1", quoteId: quoteId));
        order.QuoteId.ShouldBe(quoteId);
        order.Currency.ShouldBe(quote.Currency);
        order.ExchangeRate.ShouldNotBeNull().Rate.ShouldBe(quote.ExchangeRate.ShouldNotBeNull().Rate);
        var line = order.Lines.Single();
        line.UnitPriceUsd.ShouldBe(new Money(usd, "USD"));
        line.UnitPrice.ShouldBe(quote.Lines.Single().UnitPrice);
        line.LineTotal.ShouldBe(quote.Lines.Single().LineTotal);
        order.Totals.Subtotal.ShouldBe(quote.Totals.Subtotal);
    }

    [Fact]
    public async Task A_quote_with_other_lines_is_refused_as_a_mismatch()
    {
        var quote = await QuoteAsync(new { lines = new[] { new { sku = "HK-TRAIL10-BLK", quantity = 120 } } });
        await ShouldBeRefusedAsync(OrderBody([new { sku = "HK-TRAIL10-BLK", quantity = 144 }], "PO-QUOTE-1", quoteId: quote.QuoteId), "quote_lines_mismatch");
    }

    [Fact]
    public async Task An_expired_quote_is_refused()
    {
        object[] lines = [new { sku = "HK-TRAIL10-CRL", quantity = 120 }];
        var quote = await QuoteAsync(new { lines });
        await api.Database.ExecuteAsync($"UPDATE quotes SET valid_until_ms = 0 WHERE quote_id = '{quote.QuoteId}'");
        await ShouldBeRefusedAsync(OrderBody(lines, "PO-QUOTE-2", quoteId: quote.QuoteId), "quote_expired");
    }

    [Fact]
    public async Task An_unknown_quote_is_refused()
    {
        await ShouldBeRefusedAsync(
            OrderBody([new { sku = "HK-SUMMIT14-OLV", quantity = 100 }], "PO-QUOTE-3", quoteId: "qt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c"), "quote_not_found");
    }

    /// <summary>Both the dry run and placement answer 422 with exactly <paramref name="code"/>, and nothing is written.</summary>
    private async Task ShouldBeRefusedAsync(object body, string code)
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var before = await OrderTableCounts.ReadAsync(api.Database);

        var (problem, codes) = await (await nairobi.PlaceOrderAsync(body)).ShouldBeRuleViolationsAsync();
        codes.ShouldBe([code]);
        problem.GetProperty("violations")[0].GetProperty("line").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await (await nairobi.ValidateOrderAsync(body)).ShouldBeRuleViolationsAsync()).Codes.ShouldBe([code]);

        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before);
    }

    private async Task<QuoteResponse> QuoteAsync(object body)
    {
        var response = await api.CreateClient().PostAsJsonAsync("/v1/quotes", body, HttpAssertions.Json, Cancellation);
        var quote = await response.ShouldBeJsonAsync<QuoteResponse>();
        quote.Valid.ShouldBeTrue(string.Join("; ", quote.Lines.SelectMany(l => l.Violations).Select(v => v.Message)));
        return quote;
    }

    /// <summary>Creation times have millisecond precision; a pause keeps these orders' times distinct from each other's and other tests'.</summary>
    private static async Task<OrderResponse> PlaceInItsOwnMillisecondAsync(HttpClient client, string buyerReference)
    {
        await Task.Delay(5, Cancellation);
        var order = await client.PlaceValidOrderAsync(OrderBody([new { sku = "CL-CAMPUS8-BLK", quantity = 120 }], buyerReference));
        await Task.Delay(5, Cancellation);
        return order;
    }

    private static async Task<ListOrdersResponse> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/v1/orders{query}", Cancellation)).ShouldBeJsonAsync<ListOrdersResponse>();

    private static string Instant(DateTime utc) => Uri.EscapeDataString(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));

    private static object OrderBody(object[] lines, string buyerReference, string? quoteId = null) =>
        new { buyerReference, lines, shipTo = OrderBodies.ShipToNairobi, quoteId };
}
