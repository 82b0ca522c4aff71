using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Orders.ValidateOrder;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Orders;

/// <summary>A purchase order number names one open order of a distributor, and a held quote becomes at most one order.</summary>
public sealed class OrderUniquenessTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_open_order_with_the_same_buyer_reference_is_409_linking_the_first_and_reserves_nothing()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var first = await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-UNIQUE-1"));
        var before = await OrderTableCounts.ReadAsync(api.Database);

        var preview = await (await nairobi.ValidateOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, "PO-UNIQUE-1")))
            .ShouldBeJsonAsync<OrderPreviewResponse>();
        preview.Warnings.ShouldHaveSingleItem().ShouldContain(first.Id);
        var second = await nairobi.PlaceOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 120, "PO-UNIQUE-1"));

        var problem = await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/duplicate-buyer-reference");
        problem.GetProperty("orderId").GetString().ShouldBe(first.Id);
        problem.GetProperty("href").GetString().ShouldBe($"/v1/orders/{first.Id}");
        var after = await OrderTableCounts.ReadAsync(api.Database);
        (after.Orders, after.Lines, after.StockReserved, after.OutboxMessages).ShouldBe((before.Orders, before.Lines, before.StockReserved, before.OutboxMessages));
    }

    [Fact]
    public async Task The_same_buyer_reference_is_free_again_once_the_order_is_cancelled_and_another_distributor_may_use_it()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var first = await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-NVY", 100, "PO-UNIQUE-2"));
        await api.ClientWithKey(DemoKeys.Alpen).PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-NVY", 100, "PO-UNIQUE-2"));
        (await nairobi.PlaceOrderAsync(OrderBodies.Order("CL-METRO9-NVY", 100, "PO-UNIQUE-2"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await nairobi.CancelOrderAsync(first.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-NVY", 100, "PO-UNIQUE-2"));
    }

    [Fact]
    public async Task A_held_quote_becomes_at_most_one_order()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var lines = new[] { ("HK-RIDGE12-SOR", 100) };
        var quote = await (await nairobi.PostAsJsonAsync("/v1/quotes", new { currency = "KES", lines = new[] { new { sku = "HK-RIDGE12-SOR", quantity = 100 } } }, Cancellation))
            .ShouldBeJsonAsync<QuoteResponse>();
        var quoteId = quote.QuoteId.ShouldNotBeNull();
        var order = await nairobi.PlaceValidOrderAsync(OrderBodies.Order(lines, "PO-QUOTED-1", "KES", quoteId: quoteId));

        var again = await nairobi.PlaceOrderAsync(OrderBodies.Order(lines, "PO-QUOTED-2", "KES", quoteId: quoteId));

        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/quote-already-ordered");
        problem.GetProperty("orderId").GetString().ShouldBe(order.Id);
        var preview = await (await nairobi.ValidateOrderAsync(OrderBodies.Order(lines, "PO-QUOTED-3", "KES", quoteId: quoteId)))
            .ShouldBeJsonAsync<OrderPreviewResponse>();
        preview.Warnings.ShouldHaveSingleItem().ShouldContain("quote-already-ordered");
    }
}
