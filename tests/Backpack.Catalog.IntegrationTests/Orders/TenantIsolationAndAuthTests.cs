using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.ListOrders;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using static Backpack.Catalog.IntegrationTests.Orders.OrderRequests;

namespace Backpack.Catalog.IntegrationTests.Orders;

/// <summary>One distributor never sees or touches another's orders; each key role reaches only its own endpoints.</summary>
public sealed class TenantIsolationAndAuthTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string Unauthorized = "https://backpack-catalog.dev/problems/unauthorized";
    private const string Forbidden = "https://backpack-catalog.dev/problems/forbidden";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_distributors_order_is_invisible_and_untouchable_but_the_admin_sees_it()
    {
        const string sku = "EC-ROLL11-BLK";
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var alpen = api.ClientWithKey(DemoKeys.Alpen);
        var order = await nairobi.PlaceValidOrderAsync(OrderBodies.Order(sku, 100, "PO-TENANT-1"));
        var reserved = await api.Database.StockReservedAsync(sku);

        var foreignRead = await alpen.GetOrderResponseAsync(order.Id);
        var notFound = await foreignRead.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        notFound.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/not-found");
        foreignRead.Headers.ETag.ShouldBeNull();

        var alpenList = await ListAsync(alpen, "");
        alpenList.Items.ShouldNotContain(o => o.Id == order.Id);
        alpenList.Items.ShouldAllBe(o => o.DistributorId == DemoKeys.AlpenId);

        await (await alpen.CancelOrderAsync(order.Id, "Not ours.")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await alpen.CancelOrderAsync(order.Id, "Not ours.", "\"v1\"")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var untouched = await nairobi.GetOrderResponseAsync(order.Id);
        var unchanged = await untouched.ShouldBeJsonAsync<OrderResponse>();
        unchanged.Status.ShouldBe(OrderStatus.Submitted);
        unchanged.History.ShouldHaveSingleItem();
        ETagOf(untouched).ShouldBe("\"v1\"");
        (await api.Database.StockReservedAsync(sku)).ShouldBe(reserved);

        var snooping = await alpen.GetAsync($"/v1/orders?distributorId={DemoKeys.NairobiId}", Cancellation);
        (await snooping.ShouldBeValidationProblemAsync()).ShouldBe(["distributorId"]);
        // Naming yourself is harmless.
        (await ListAsync(alpen, $"?distributorId={DemoKeys.AlpenId}")).Items.ShouldNotContain(o => o.Id == order.Id);

        var admin = await api.AdminClientAsync();
        var adminRead = await admin.GetOrderAsync(order.Id);
        adminRead.DistributorId.ShouldBe(DemoKeys.NairobiId);
        adminRead.BuyerReference.ShouldBe("PO-TENANT-1");
        var nairobiOrders = await ListAsync(admin, $"?distributorId={DemoKeys.NairobiId}");
        nairobiOrders.Items.ShouldContain(o => o.Id == order.Id);
        nairobiOrders.Items.ShouldAllBe(o => o.DistributorId == DemoKeys.NairobiId);
        (await ListAsync(admin, $"?distributorId={DemoKeys.AlpenId}")).Items.ShouldNotContain(o => o.Id == order.Id);
        (await ListAsync(admin, "")).Items.ShouldContain(o => o.Id == order.Id);
    }

    [Theory]
    [InlineData("GET", "/v1/orders")]
    [InlineData("POST", "/v1/orders")]
    [InlineData("POST", "/v1/orders/validate")]
    [InlineData("GET", "/v1/orders/ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c")]
    [InlineData("POST", "/v1/orders/ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c/cancel")]
    [InlineData("GET", "/v1/admin/api-keys")]
    public async Task Without_a_key_order_and_admin_endpoints_are_401_with_a_challenge(string method, string url)
    {
        var before = await OrderTableCounts.ReadAsync(api.Database);
        var response = await api.CreateClient().SendAsync(Request(method, url), Cancellation);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("type").GetString().ShouldBe(Unauthorized);
        response.Headers.WwwAuthenticate.ShouldNotBeEmpty();
        response.Headers.WwwAuthenticate.ToString().ShouldContain("X-Api-Key");
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before);
    }

    [Theory]
    [InlineData("storefront", "GET", "/v1/orders")]
    [InlineData("storefront", "POST", "/v1/orders")]
    [InlineData("storefront", "POST", "/v1/orders/validate")]
    [InlineData("storefront", "GET", "/v1/orders/ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c")]
    [InlineData("storefront", "POST", "/v1/orders/ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c/cancel")]
    [InlineData("storefront", "GET", "/v1/admin/api-keys")]
    [InlineData("storefront", "POST", "/v1/admin/api-keys")]
    [InlineData("storefront", "GET", "/v1/admin/distributors")]
    [InlineData("storefront", "POST", "/v1/admin/orders/ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c/status")]
    [InlineData("distributor", "GET", "/v1/admin/api-keys")]
    [InlineData("distributor", "POST", "/v1/admin/api-keys")]
    [InlineData("distributor", "GET", "/v1/admin/distributors")]
    [InlineData("distributor", "GET", "/v1/admin/distributors/dst_nairobi-outfitters")]
    [InlineData("distributor", "POST", "/v1/admin/orders/ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c/status")]
    [InlineData("distributor", "POST", "/v1/admin/api-keys/demonairobi/revoke")]
    [InlineData("admin", "POST", "/v1/orders")]
    [InlineData("admin", "POST", "/v1/orders/ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c/cancel")]
    public async Task A_key_without_the_role_is_403(string role, string method, string url)
    {
        var key = role switch
        {
            "storefront" => DemoKeys.Storefront,
            "admin" => await api.CreateAdminKeyAsync(),
            _ => DemoKeys.Nairobi,
        };
        var before = await OrderTableCounts.ReadAsync(api.Database);
        var keysBefore = await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys WHERE revoked_at_ms IS NULL");

        var response = await api.ClientWithKey(key).SendAsync(Request(method, url), Cancellation);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("type").GetString().ShouldBe(Forbidden);
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys WHERE revoked_at_ms IS NULL")).ShouldBe(keysBefore);
    }

    [Fact]
    public async Task The_storefront_key_still_reads_the_catalogue()
    {
        (await api.ClientWithKey(DemoKeys.Storefront).GetAsync("/v1/products", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("bpk_unknownkey1_DemoOnlyNairobiOutfittersKey2026abcdef")]
    [InlineData("bpk_demonairobi_DemoOnlyNairobiOutfittersKey2026abcdeX")]
    [InlineData("not-a-key")]
    [InlineData("bpk_demonairobi")]
    public async Task An_unknown_or_malformed_key_is_401_even_where_no_key_is_needed(string key)
    {
        var response = await api.ClientWithKey(key).GetAsync("/v1/products", Cancellation);
        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("type").GetString().ShouldBe(Unauthorized);
        response.Headers.WwwAuthenticate.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_revoked_key_is_refused_on_its_next_request()
    {
        var admin = await api.AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/v1/admin/api-keys",
            new { role = "distributor", distributorId = DemoKeys.AlpenId, label = "Alpen ERP (to be revoked)" }, HttpAssertions.Json, Cancellation);
        var issued = await created.ShouldBeJsonAsync<CreatedApiKeyResponse>(HttpStatusCode.Created);
        issued.DistributorId.ShouldBe(DemoKeys.AlpenId);
        KeyIdOf(issued.Key).ShouldBe(issued.KeyId);

        var fresh = api.ClientWithKey(issued.Key);
        var order = await fresh.PlaceValidOrderAsync(OrderBodies.Order("EC-ROLL11-GLB", 100, "PO-REVOKE-1"));
        order.DistributorId.ShouldBe(DemoKeys.AlpenId);
        order.History.Single().Actor.KeyId.ShouldBe(issued.KeyId);
        (await fresh.GetAsync("/v1/orders", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostAsync($"/v1/admin/api-keys/{issued.KeyId}/revoke", null, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await fresh.GetAsync("/v1/orders", Cancellation);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("type").GetString().ShouldBe(Unauthorized);
        (await fresh.GetAsync("/v1/products", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await fresh.PlaceOrderAsync(OrderBodies.Order("EC-ROLL11-GLB", 100, "PO-REVOKE-2"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The demo key of the same distributor is unaffected, and still sees the order the revoked key placed.
        (await api.ClientWithKey(DemoKeys.Alpen).GetOrderAsync(order.Id)).Id.ShouldBe(order.Id);
    }

    private static HttpRequestMessage Request(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(OrderBodies.Order("CL-METRO9-OLV", 100), options: HttpAssertions.Json);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        return request;
    }

    private static async Task<ListOrdersResponse> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/v1/orders{query}", Cancellation)).ShouldBeJsonAsync<ListOrdersResponse>();
}
