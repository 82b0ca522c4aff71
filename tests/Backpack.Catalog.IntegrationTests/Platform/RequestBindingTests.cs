using System.Net;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// What FastEndpoints decides for every operation: binding from the route, the query, headers and the body; a body that is
/// malformed, empty or null; a route that does not exist; a verb the route does not take. Every refusal is a problem.
/// </summary>
public sealed class RequestBindingTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Every documented operation that takes a JSON body, as method, path (ids filled in) and whether the body is required.</summary>
    public static TheoryData<string, string, bool> OperationsWithABody()
    {
        var data = new TheoryData<string, string, bool>();
        using var document = JsonDocument.Parse(File.ReadAllText(BuildPaths.ApiDocs("openapi.json")));
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").TryGetProperty("application/json", out _))
                {
                    var required = body.TryGetProperty("required", out var flag) && flag.GetBoolean();
                    data.Add(operation.Name.ToUpperInvariant(), FillIds(path.Name), required);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OperationsWithABody))]
    public async Task Malformed_json_is_a_malformed_request_problem_on_every_operation_with_a_body(string method, string path, bool required)
    {
        _ = required;
        // Cut off inside a member name: the reader fails before any member is matched against the schema.
        var response = await (await ClientFor(path)).SendAsync(Json(method, path, "{\"na"), Cancellation);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/malformed-request");
        problem.GetProperty("detail").GetString().ShouldStartWith("The body is not valid JSON for this operation at ");
    }

    [Theory]
    [MemberData(nameof(OperationsWithABody))]
    public async Task A_missing_body_is_refused_wherever_one_is_required(string method, string path, bool required)
    {
        var client = await ClientFor(path);
        var empty = await client.SendAsync(Json(method, path, ""), Cancellation);
        var none = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancellation);

        if (!required)
        {
            // Only cancelling takes an optional body; an unknown order is 404 whether or not a body came.
            ((int)empty.StatusCode).ShouldBe(404, await empty.Content.ReadAsStringAsync(Cancellation));
            ((int)none.StatusCode).ShouldBe(404, await none.Content.ReadAsStringAsync(Cancellation));
            return;
        }

        var problem = await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/malformed-request");
        problem.GetProperty("detail").GetString()!.ShouldNotContain("Implicit body");
        await none.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/v1/quotes")]
    [InlineData("/v1/orders/validate")]
    public async Task A_json_null_body_is_a_malformed_request_problem(string path)
    {
        var response = await api.ClientWithKey(DemoKeys.Nairobi).SendAsync(Json("POST", path, "null"), Cancellation);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/malformed-request");
        problem.GetProperty("detail").GetString().ShouldBe("The request body is null. This operation needs a JSON object of its documented schema.");
    }

    [Fact]
    public async Task A_route_value_is_bound_to_the_request()
    {
        var product = await api.CreateClient().GetJsonAsync<JsonElement>("/v1/products/classic-metro-9");

        product.GetProperty("id").GetString().ShouldBe("classic-metro-9");
    }

    [Fact]
    public async Task Query_values_are_bound_and_a_value_of_the_wrong_type_is_a_validation_problem_naming_it()
    {
        var page = await api.CreateClient().GetJsonAsync<JsonElement>("/v1/products?limit=2&sort=-name");
        page.GetProperty("limit").GetInt32().ShouldBe(2);
        page.GetProperty("items").GetArrayLength().ShouldBe(2);

        var response = await api.CreateClient().GetAsync("/v1/products?limit=abc", Cancellation);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/validation");
        problem.GetProperty("detail").GetString().ShouldBe("'abc' is not a valid value for limit: expected a whole number.");
        problem.GetProperty("errors").GetProperty("limit")[0].GetString().ShouldBe("'abc' is not a valid value for limit: expected a whole number.");
    }

    [Fact]
    public async Task An_empty_query_value_means_not_given()
    {
        var page = await api.CreateClient().GetJsonAsync<JsonElement>("/v1/products?limit=&inStock=");

        page.GetProperty("limit").GetInt32().ShouldBe(20);
    }

    [Fact]
    public async Task A_header_is_bound_to_the_request()
    {
        var client = await api.AdminClientAsync();
        var stale = new HttpRequestMessage(HttpMethod.Post, "/v1/admin/products/classic-metro-9/unpublish");
        stale.Headers.TryAddWithoutValidation("If-Match", "\"not-the-current-etag\"");

        var response = await client.SendAsync(stale, Cancellation);

        (await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed)).GetProperty("type").GetString()
            .ShouldBe("https://backpack-catalog.dev/problems/precondition-failed");
    }

    [Fact]
    public async Task A_query_value_named_like_a_body_member_is_refused_not_bound()
    {
        var response = await api.CreateClient().SendAsync(
            Json("POST", "/v1/quotes?currency=EUR", "{\"currency\":\"USD\",\"lines\":[{\"sku\":\"CL-METRO9-BLK\",\"quantity\":100}]}"), Cancellation);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("currency")[0].GetString().ShouldBe(
            "'currency' is not a query parameter of this operation. This operation takes no query parameters.");
    }

    [Theory]
    [InlineData("/v1/quotes", "{\"lines\":[{\"sku\":\"CL-METRO9-BLK\",\"quantity\":300}],\"bogus\":1}", "bogus")]
    [InlineData("/v1/quotes", "{\"lines\":[{\"sku\":\"CL-METRO9-BLK\",\"quantity\":300,\"logo\":\"ours.png\"}]}", "lines[0].logo")]
    [InlineData("/v1/orders/validate", "{\"lines\":[{\"sku\":\"CL-METRO9-BLK\",\"quantity\":300}],\"buyerReference\":\"PO-1\",\"paymentMethod\":\"card\"," +
        "\"shipTo\":{\"addressLine1\":\"Mombasa Road 12\",\"city\":\"Nairobi\",\"country\":\"KE\"}}", "paymentMethod")]
    [InlineData("/v1/orders/validate", "{\"lines\":[{\"sku\":\"CL-METRO9-BLK\",\"quantity\":300}],\"buyerReference\":\"PO-1\"," +
        "\"shipTo\":{\"addressLine1\":\"Mombasa Road 12\",\"city\":\"Nairobi\",\"country\":\"KE\",\"gps\":\"-1.3,36.8\"}}", "shipTo.gps")]
    [InlineData("/v1/admin/orders/ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c/status", "{\"status\":\"shipped\",\"trackingNumber\":\"1Z999\"}", "trackingNumber")]
    public async Task An_unknown_body_member_is_a_400_keyed_by_its_json_path(string path, string body, string member)
    {
        var client = path.StartsWith("/v1/admin", StringComparison.Ordinal) ? await api.AdminClientAsync()
            : path.StartsWith("/v1/orders", StringComparison.Ordinal) ? api.ClientWithKey(DemoKeys.Nairobi) : api.CreateClient();
        var response = await client.SendAsync(Json("POST", path, body), Cancellation);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/validation");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe([member]);
        errors.GetProperty(member)[0].GetString().ShouldStartWith($"{member} is not a member of this operation's body.");
        problem.GetRawText().ShouldNotContain("Backpack.Catalog", customMessage: "the .NET type stays inside");
    }

    [Fact]
    public async Task A_json_body_sent_with_a_read_is_ignored()
    {
        var response = await api.CreateClient().SendAsync(Json("GET", "/v1/products?limit=3", "{\"limit\": 1, "), Cancellation);

        (await response.ShouldBeJsonAsync<JsonElement>()).GetProperty("limit").GetInt32().ShouldBe(3);
    }

    [Theory]
    [InlineData("/v1/no-such-thing")]
    [InlineData("/_test_url_cache_")]
    [InlineData("/v1/admin")]
    public async Task An_unknown_route_is_a_404_problem(string path)
    {
        var response = await api.CreateClient().GetAsync(path, Cancellation);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("instance").GetString().ShouldBe(path);
    }

    [Theory]
    [InlineData("DELETE", "/v1/orders", "GET,POST")]
    [InlineData("PATCH", "/v1/admin/products/classic-metro-9", "GET,PUT")]
    [InlineData("GET", "/v1/quotes", "POST")]
    [InlineData("PUT", "/v1/webhooks", "GET,POST")]
    public async Task A_verb_the_route_does_not_take_is_a_405_problem_with_allow(string method, string path, string allowed)
    {
        var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancellation);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Order(StringComparer.Ordinal).ShouldBe(allowed.Split(','));
    }

    private async Task<HttpClient> ClientFor(string path) =>
        path.StartsWith("/v1/admin/", StringComparison.Ordinal) ? await api.AdminClientAsync() : api.ClientWithKey(DemoKeys.Nairobi);

    private static HttpRequestMessage Json(string method, string path, string body) =>
        new(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static string FillIds(string template) => template
        .Replace("{productId}", "classic-metro-9", StringComparison.Ordinal)
        .Replace("{sku}", "CL-METRO9-BLK", StringComparison.Ordinal)
        .Replace("{orderId}", "ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", StringComparison.Ordinal)
        .Replace("{keyId}", "nosuchkey", StringComparison.Ordinal)
        .Replace("{messageId}", "msg_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", StringComparison.Ordinal)
        .Replace("{webhookId}", "whk_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", StringComparison.Ordinal)
        .Replace("{deliveryId}", "dlv_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", StringComparison.Ordinal);
}
