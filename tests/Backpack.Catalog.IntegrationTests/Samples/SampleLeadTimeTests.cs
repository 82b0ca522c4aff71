using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Catalogue.GetVariant;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;

namespace Backpack.Catalog.IntegrationTests.Samples;

/// <summary>
/// A sample of a SKU with no stock is sewn from stock colours in its own sample lead time (a week unless the catalogue owner sets
/// another), not made in the 45-day bulk lead time; quotes, orders and reads agree on it.
/// </summary>
public sealed class SampleLeadTimeTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string OutOfStock = "CL-METRO9-BRG";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<AvailabilityResponse> SampleAvailabilityAsync()
    {
        var quote = await (await api.CreateClient().PostAsJsonAsync("/v1/quotes",
            new { lines = new[] { new { sku = OutOfStock, quantity = 2, sample = true } } }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>();
        quote.Valid.ShouldBeTrue();
        return quote.Lines[0].Availability!;
    }

    [Fact]
    public async Task A_sample_of_an_out_of_stock_sku_ships_in_its_sample_lead_time_not_the_production_lead_time()
    {
        var availability = await SampleAvailabilityAsync();
        (availability.FromStock, availability.LeadTimeDays).ShouldBe((0, 7));
        availability.EstimatedShipDate.ShouldBe(Today.AddDays(7), "a week from stock colours, not the 45-day bulk lead time");
        var read = await (await api.CreateClient().GetAsync($"/v1/variants/{OutOfStock}", Cancellation)).ShouldBeJsonAsync<GetVariantResponse>();
        read.Variant.Sample!.LeadTimeDays.ShouldBe(7);

        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(new
        {
            type = "sample", buyerReference = $"PO-SMP-{Guid.NewGuid():N}"[..20], currency = "USD", shipTo = OrderBodies.ShipToNairobi,
            lines = new[] { new { sku = OutOfStock, quantity = 2, sample = true } },
        });
        (order.Lines[0].EstimatedShipDate, order.PromisedShipDate).ShouldBe((Today.AddDays(7), Today.AddDays(7)));

        var admin = await api.AdminClientAsync();
        var current = await admin.GetAsync($"/v1/admin/variants/{OutOfStock}", Cancellation);
        var document = JsonNode.Parse(await current.Content.ReadAsStringAsync(Cancellation))!.AsObject();
        var body = new JsonObject();
        foreach (var member in new[] { "status", "colour", "material", "moq", "orderIncrement", "cartonSize", "maxPerOrder", "samplePriceUsd", "sampleMax", "packing", "priceTiers" })
        {
            body[member] = document[member]?.DeepClone();
        }

        body["sampleLeadDays"] = 15;
        var put = new HttpRequestMessage(HttpMethod.Put, $"/v1/admin/variants/{OutOfStock}") { Content = JsonContent.Create(body) };
        put.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.Tag);
        var saved = await admin.SendAsync(put, Cancellation);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Cancellation));

        (await SampleAvailabilityAsync()).EstimatedShipDate.ShouldBe(Today.AddDays(15), "the SKU's own sample lead time");
    }
}
