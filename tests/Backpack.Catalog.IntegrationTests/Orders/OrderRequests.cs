using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Orders;

/// <summary>The order endpoints as a client calls them, and the stock columns orders move.</summary>
internal static class OrderRequests
{
    public const string StateConflict = "https://backpack-catalog.dev/problems/order-state-conflict";
    public const string PreconditionFailed = "https://backpack-catalog.dev/problems/precondition-failed";
    public const string OrderRules = "https://backpack-catalog.dev/problems/order-rules";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>POST /v1/orders with a fresh Idempotency-Key unless one is given.</summary>
    public static Task<HttpResponseMessage> PlaceOrderAsync(this HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders") { Content = JsonContent.Create(body, options: HttpAssertions.Json) };
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        return client.SendAsync(request, Cancellation);
    }

    /// <summary>Places an order that must be accepted, and returns it.</summary>
    public static async Task<OrderResponse> PlaceValidOrderAsync(this HttpClient client, object body) =>
        await (await client.PlaceOrderAsync(body)).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> ValidateOrderAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/v1/orders/validate", body, HttpAssertions.Json, Cancellation);

    public static Task<HttpResponseMessage> GetOrderResponseAsync(this HttpClient client, string orderId) =>
        client.GetAsync($"/v1/orders/{orderId}", Cancellation);

    public static async Task<OrderResponse> GetOrderAsync(this HttpClient client, string orderId) =>
        await (await client.GetOrderResponseAsync(orderId)).ShouldBeJsonAsync<OrderResponse>();

    public static Task<HttpResponseMessage> CancelOrderAsync(this HttpClient client, string orderId, string? reason = null, string? ifMatch = null) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Post, $"/v1/orders/{orderId}/cancel")
        {
            Content = JsonContent.Create(new { reason }, options: HttpAssertions.Json),
        }, ifMatch), Cancellation);

    public static Task<HttpResponseMessage> ChangeStatusAsync(this HttpClient admin, string orderId, string status, string? note = null, string? ifMatch = null) =>
        admin.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Post, $"/v1/admin/orders/{orderId}/status")
        {
            Content = JsonContent.Create(new { status, note }, options: HttpAssertions.Json),
        }, ifMatch), Cancellation);

    /// <summary>Moves an order to <paramref name="status"/>, which must be allowed, and returns it.</summary>
    public static async Task<OrderResponse> MoveAsync(this HttpClient admin, string orderId, string status) =>
        await (await admin.ChangeStatusAsync(orderId, status)).ShouldBeJsonAsync<OrderResponse>();

    /// <summary>Books a shipment of <paramref name="lines"/> (line, quantity) by sea LCL from Ho Chi Minh City to Mombasa.</summary>
    public static Task<HttpResponseMessage> BookShipmentAsync(this HttpClient admin, string orderId, IEnumerable<(int Line, int Quantity)> lines,
        string? documentNumber = null, string mode = "sea-lcl") =>
        admin.PostAsJsonAsync($"/v1/admin/orders/{orderId}/shipments", new
        {
            lines = lines.Select(l => new { line = l.Line, quantity = l.Quantity }), mode, carrier = "Maersk", transportDocumentNumber = documentNumber,
            portOfLoading = "VNSGN", portOfDischarge = "KEMBA", etd = DateTime.UtcNow.ToString("yyyy-MM-dd"), eta = DateTime.UtcNow.AddDays(25).ToString("yyyy-MM-dd"),
        }, HttpAssertions.Json, Cancellation);

    public static Task<HttpResponseMessage> ShipmentStatusAsync(this HttpClient admin, string orderId, int number, string status, object? more = null) =>
        admin.PostAsJsonAsync($"/v1/admin/orders/{orderId}/shipments/{number}/status",
            more is null ? new Dictionary<string, object?> { ["status"] = status }
            : new Dictionary<string, object?>(JsonSerializer.SerializeToElement(more, HttpAssertions.Json).EnumerateObject()
                .Select(p => KeyValuePair.Create(p.Name, (object?)p.Value))) { ["status"] = status },
            HttpAssertions.Json, Cancellation);

    /// <summary>Ships every unit of the order in one shipment, which must book and depart: the order becomes shipped.</summary>
    public static async Task<OrderResponse> ShipAllAsync(this HttpClient admin, string orderId)
    {
        var order = await (await admin.GetAsync($"/v1/orders/{orderId}", Cancellation)).ShouldBeJsonAsync<OrderResponse>();
        var booked = await (await admin.BookShipmentAsync(orderId, order.Lines.Select(l => (l.Line, l.Quantity)), "MAEU" + Random.Shared.Next(100_000_000, 999_999_999)))
            .ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
        return await (await admin.ShipmentStatusAsync(orderId, booked.Shipments.Count, "departed")).ShouldBeJsonAsync<OrderResponse>();
    }

    /// <summary>Records a payment received of <paramref name="amount"/> (default: all that is outstanding), which must be accepted.</summary>
    public static async Task<OrderResponse> RecordPaymentAsync(this HttpClient admin, string orderId, decimal? amount = null, string? reference = null)
    {
        var order = await (await admin.GetAsync($"/v1/admin/orders/{orderId}", Cancellation)).ShouldBeJsonAsync<Api.Features.Admin.Orders.GetAdminOrder.AdminOrderResponse>();
        var outstanding = order.Order.Payment.Outstanding;
        return await (await admin.PostAsJsonAsync($"/v1/admin/orders/{orderId}/payments", new
        {
            amount = amount ?? outstanding.Amount, currency = outstanding.Currency,
            reference = reference ?? $"MT103-{Guid.NewGuid():N}"[..20],
        }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<OrderResponse>(HttpStatusCode.Created);
    }

    /// <summary>The same figures, payments and all: records hold their lists by reference, so compare them as the API writes them.</summary>
    public static void ShouldBeSamePayment(this PaymentResponse actual, PaymentResponse expected) =>
        JsonSerializer.Serialize(actual, HttpAssertions.Json).ShouldBe(JsonSerializer.Serialize(expected, HttpAssertions.Json));

    public static string ETagOf(HttpResponseMessage response) =>
        response.Headers.ETag?.Tag ?? throw new ShouldAssertException("The response has no ETag.");

    public static string KeyIdOf(string apiKey) => ApiKeyFormat.KeyIdOf(apiKey) ?? throw new ShouldAssertException($"{apiKey} is not a well-formed key.");

    public static Task<long> StockReservedAsync(this TestDatabase database, string sku) =>
        database.ScalarAsync<long>($"SELECT stock_reserved FROM variants WHERE sku = '{sku}'");

    public static Task<long> StockOnHandAsync(this TestDatabase database, string sku) =>
        database.ScalarAsync<long>($"SELECT stock_on_hand FROM variants WHERE sku = '{sku}'");

    /// <summary>The codes of a 422 order-rules problem's violations, in order.</summary>
    public static async Task<(JsonElement Problem, IReadOnlyList<string> Codes)> ShouldBeRuleViolationsAsync(this HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().ShouldBe(OrderRules);
        var codes = problem.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()!).ToList();
        return (problem, codes);
    }

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string? ifMatch)
    {
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
