using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.PriceLists;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.Api.Features.Catalogue.GetVariant;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;

namespace Backpack.Catalog.IntegrationTests.PriceLists;

/// <summary>
/// A distributor's own prices: 10 % off classic bags and an explicit ladder for one hike SKU, given to Nairobi only. Nairobi's quotes,
/// validations, orders and product reads use them and say which list applied until when; Alpen, storefronts and anonymous callers keep
/// list prices, and no ETag or cache answer carries one distributor's prices to another. An expired list falls back and says so.
/// </summary>
public sealed class PriceListTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
    private const string ListPath = $"/v1/admin/distributors/{DemoKeys.NairobiId}/price-list";

    private static object List(DateOnly validFrom, DateOnly validTo) => new
    {
        name = "NAIROBI-TEST", validFrom, validTo,
        familyDiscounts = new[] { new { family = "classic", percentOff = 10m } },
        skuLadders = new[] { new { sku = "HK-RIDGE12-ALB", priceTiers = new[] { new { minQuantity = 100, unitPriceUsd = 12.00m }, new { minQuantity = 500, unitPriceUsd = 11.00m } } } },
    };

    private async Task<(HttpClient Admin, string ETag)> GiveNairobiAListAsync(DateOnly validFrom, DateOnly validTo)
    {
        var admin = await api.AdminClientAsync();
        var current = await admin.GetAsync(ListPath, Cancellation);
        var put = new HttpRequestMessage(HttpMethod.Put, ListPath) { Content = JsonContent.Create(List(validFrom, validTo), options: HttpAssertions.Json) };
        if (current.StatusCode == HttpStatusCode.OK)
        {
            put.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.Tag);
        }

        var saved = await admin.SendAsync(put, Cancellation);
        saved.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Created);
        return (admin, saved.Headers.ETag!.Tag);
    }

    private static async Task<(HttpResponseMessage Response, ProductResponse Product)> ReadAsync(HttpClient client, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/products/classic-metro-9");
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        var response = await client.SendAsync(request, Cancellation);
        return (response, response.StatusCode == HttpStatusCode.OK ? await response.ShouldBeJsonAsync<ProductResponse>() : null!);
    }

    private static decimal FirstTier(ProductResponse product, string sku) => product.Variants.Single(v => v.Sku == sku).PriceTiers[0].UnitPrice.Amount;

    [Fact]
    public async Task One_distributors_prices_never_reach_another_caller_through_reads_etags_or_caches()
    {
        await GiveNairobiAListAsync(Today.AddDays(-1), Today.AddDays(30));
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var alpen = api.ClientWithKey(DemoKeys.Alpen);
        var storefront = api.ClientWithKey(DemoKeys.Storefront);
        var anonymous = api.CreateClient();

        var (listResponse, listPrices) = await ReadAsync(anonymous);
        var (ownResponse, own) = await ReadAsync(nairobi);
        FirstTier(own, "CL-METRO9-BLK").ShouldBe(decimal.Round(FirstTier(listPrices, "CL-METRO9-BLK") * 0.9m, 2, MidpointRounding.AwayFromZero));
        own.PriceList!.ShouldSatisfyAllConditions(
            l => l.Name.ShouldBe("NAIROBI-TEST"), l => l.Status.ShouldBe("applied"), l => l.ValidTo.ShouldBe(Today.AddDays(30)));
        ownResponse.Headers.CacheControl!.Private.ShouldBeTrue("a distributor's prices are for its own cache only");
        ownResponse.Headers.Vary.ShouldContain("X-Api-Key");
        listResponse.Headers.Vary.ShouldContain("X-Api-Key", "the list-price answer varies by key too, so a shared cache keys on it");
        listResponse.Headers.CacheControl!.Private.ShouldBeFalse();
        ownResponse.Headers.ETag!.Tag.ShouldNotBe(listResponse.Headers.ETag!.Tag);

        foreach (var other in new[] { alpen, storefront, anonymous })
        {
            var (response, seen) = await ReadAsync(other, ownResponse.Headers.ETag.Tag);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, "Nairobi's ETag must not revalidate another caller's copy");
            seen.PriceList.ShouldBeNull();
            FirstTier(seen, "CL-METRO9-BLK").ShouldBe(FirstTier(listPrices, "CL-METRO9-BLK"));
            response.Headers.ETag!.Tag.ShouldBe(listResponse.Headers.ETag.Tag);
        }

        (await ReadAsync(nairobi, ownResponse.Headers.ETag.Tag)).Response.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await ReadAsync(nairobi, listResponse.Headers.ETag.Tag)).Response.StatusCode.ShouldBe(HttpStatusCode.OK, "nor list prices Nairobi's");

        var variant = await (await nairobi.GetAsync("/v1/variants/HK-RIDGE12-ALB", Cancellation)).ShouldBeJsonAsync<GetVariantResponse>();
        variant.Variant.PriceTiers.Select(t => (t.MinQuantity, t.MaxQuantity, t.UnitPrice.Amount)).ShouldBe([(100, 499, 12.00m), (500, (int?)null, 11.00m)]);
        var alpenVariant = await (await alpen.GetAsync("/v1/variants/HK-RIDGE12-ALB", Cancellation)).ShouldBeJsonAsync<GetVariantResponse>();
        alpenVariant.Variant.PriceTiers[0].UnitPrice.Amount.ShouldNotBe(12.00m);
    }

    [Fact]
    public async Task Quotes_validations_and_orders_use_the_list_and_say_so_and_an_expired_list_falls_back()
    {
        await GiveNairobiAListAsync(Today.AddDays(-10), Today.AddDays(10));
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 300 }, new { sku = "HK-RIDGE12-ALB", quantity = 100 } };

        var listQuote = await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", new { lines }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>();
        var ownQuote = await (await nairobi.PostAsJsonAsync("/v1/quotes", new { lines }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>();
        listQuote.PriceList.ShouldBeNull();
        ownQuote.PriceList!.Status.ShouldBe("applied");
        ownQuote.Lines[0].UnitPrice!.Amount.ShouldBe(decimal.Round(listQuote.Lines[0].UnitPrice!.Amount * 0.9m, 2, MidpointRounding.AwayFromZero));
        ownQuote.Lines[1].UnitPrice!.Amount.ShouldBe(12.00m, "the SKU's own ladder wins");

        var order = await nairobi.PlaceValidOrderAsync(new
        {
            buyerReference = $"PO-PL-{Guid.NewGuid():N}"[..20], currency = "USD", lines, shipTo = OrderBodies.ShipToNairobi,
        });
        order.Lines.Select(l => l.UnitPrice.Amount).ShouldBe([ownQuote.Lines[0].UnitPrice!.Amount, 12.00m]);
        (order.PriceList!.Name, order.PriceList.Status, order.PriceList.ValidTo).ShouldBe(("NAIROBI-TEST", "applied", Today.AddDays(10)));

        await GiveNairobiAListAsync(Today.AddDays(-30), Today.AddDays(-1));
        var expired = await (await nairobi.PostAsJsonAsync("/v1/quotes", new { lines }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>();
        expired.PriceList!.Status.ShouldBe("expired");
        expired.PriceList.Message.ShouldContain("these are list prices");
        expired.Lines.Select(l => l.UnitPrice!.Amount).ShouldBe(listQuote.Lines.Select(l => l.UnitPrice!.Amount));
        (await (await nairobi.GetOrderResponseAsync(order.Id)).ShouldBeJsonAsync<OrderResponse>()).PriceList!.Status.ShouldBe("applied", "a placed order keeps its list");
    }

    [Fact]
    public async Task A_list_is_held_to_the_ladder_rules_every_broken_rule_at_once_and_changes_need_if_match()
    {
        var admin = await api.AdminClientAsync();
        var broken = await admin.PutAsJsonAsync($"/v1/admin/distributors/{DemoKeys.AlpenId}/price-list", new
        {
            name = " ", validFrom = Today, validTo = Today.AddDays(-1),
            familyDiscounts = new[] { new { family = "classic", percentOff = 60m }, new { family = "classic", percentOff = 5m } },
            skuLadders = new[]
            {
                new { sku = "HK-RIDGE12-ALB", priceTiers = new[] { new { minQuantity = 120, unitPriceUsd = 12.00m }, new { minQuantity = 500, unitPriceUsd = 12.50m } } },
                new { sku = "NO-SUCH-SKU", priceTiers = new[] { new { minQuantity = 100, unitPriceUsd = 1.00m } } },
            },
        }, HttpAssertions.Json, Cancellation);
        (await broken.ShouldBeValidationProblemAsync()).Order(StringComparer.Ordinal).ShouldBe([
            "familyDiscounts[0].percentOff", "familyDiscounts[1].family", "name", "skuLadders[0].priceTiers[0].minQuantity",
            "skuLadders[0].priceTiers[1].unitPriceUsd", "skuLadders[1].sku", "validTo"]);
        (await admin.GetAsync($"/v1/admin/distributors/{DemoKeys.AlpenId}/price-list", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nothing was saved");

        var created = await admin.PutAsJsonAsync($"/v1/admin/distributors/{DemoKeys.AlpenId}/price-list", List(Today, Today.AddDays(90)), HttpAssertions.Json, Cancellation);
        var saved = await created.ShouldBeJsonAsync<AdminPriceListResponse>(HttpStatusCode.Created);
        saved.Status.ShouldBe("applied");
        (await admin.PutAsJsonAsync($"/v1/admin/distributors/{DemoKeys.AlpenId}/price-list", List(Today, Today.AddDays(60)), HttpAssertions.Json, Cancellation))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/v1/admin/distributors/{DemoKeys.AlpenId}/price-list");
        delete.Headers.TryAddWithoutValidation("If-Match", saved.Etag);
        (await admin.SendAsync(delete, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.PutAsJsonAsync("/v1/admin/distributors/dst_nosuchdistributor/price-list", List(Today, Today), HttpAssertions.Json, Cancellation))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/v1/admin/audit?resourceType=price_list&resourceId={DemoKeys.AlpenId}", Cancellation);
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ShouldBe(["price_list.deleted", "price_list.created"]);
    }
}
