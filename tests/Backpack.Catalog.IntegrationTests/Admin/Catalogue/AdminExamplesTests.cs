using System.Net;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Admin.Catalogue;

/// <summary>What a developer does in Swagger UI: authorise with an admin key and send each admin operation's documented example.</summary>
public sealed class AdminExamplesTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_documented_admin_catalogue_example_is_accepted_as_sent()
    {
        var document = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Ct))!;
        var admin = await api.AdminClientAsync();

        await SendExampleAsync(document, admin, HttpMethod.Post, "/v1/admin/products", "/v1/admin/products", null, HttpStatusCode.Created);
        await SendExampleAsync(document, admin, HttpMethod.Post, "/v1/admin/products/{productId}/variants",
            "/v1/admin/products/classic-harbour-9/variants", null, HttpStatusCode.Created);
        await SendExampleAsync(document, admin, HttpMethod.Put, "/v1/admin/variants/{sku}/price-tiers",
            "/v1/admin/variants/CL-METRO9-BLK/price-tiers", await ETagAsync(admin, "/v1/admin/variants/CL-METRO9-BLK"), HttpStatusCode.OK);
        await SendExampleAsync(document, admin, HttpMethod.Post, "/v1/admin/variants/{sku}/stock-adjustments",
            "/v1/admin/variants/CL-METRO9-BLK/stock-adjustments", await ETagAsync(admin, "/v1/admin/variants/CL-METRO9-BLK"), HttpStatusCode.OK);
        await SendExampleAsync(document, admin, HttpMethod.Put, "/v1/admin/products/{productId}/specs",
            "/v1/admin/products/classic-metro-9/specs", await ETagAsync(admin, "/v1/admin/products/classic-metro-9"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_admin_catalogue_operation_shows_an_example_answer()
    {
        var document = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Ct))!;
        var schemas = document["components"]!["schemas"]!;
        var operations = document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/v1/admin/products", StringComparison.Ordinal) || p.Key.StartsWith("/v1/admin/variants", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(op => (Route: $"{op.Key} {p.Key}", Operation: op.Value!)))
            .Where(op => !op.Route.StartsWith("delete ", StringComparison.Ordinal))
            .ToList();

        // Removing an image answers 204, with nothing to show.
        operations.Count.ShouldBe(20);
        foreach (var (route, operation) in operations)
        {
            var success = operation["responses"]!.AsObject().Single(r => r.Key is "200" or "201").Value!;
            var name = success["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().Split('/')[^1];
            schemas[name]!["example"].ShouldNotBeNull($"{route} answers {name}, which has no example");
        }
    }

    private static async Task<string> ETagAsync(HttpClient admin, string url) => (await admin.ReadAsync(url)).ETag;

    private static async Task SendExampleAsync(
        JsonNode document, HttpClient admin, HttpMethod method, string route, string url, string? ifMatch, HttpStatusCode expected)
    {
        var operation = document["paths"]![route]![method.Method.ToLowerInvariant()]!;
        var schema = operation["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var name = schema["$ref"]!.GetValue<string>().Split('/')[^1];
        var example = document["components"]!["schemas"]![name]!["example"];
        example.ShouldNotBeNull($"{method} {route} documents an example body");
        if (ifMatch is not null)
        {
            operation["parameters"]!.AsArray().ShouldContain(p => p!["name"]!.GetValue<string>() == "If-Match", $"{method} {route} documents If-Match");
        }

        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(example.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        var response = await admin.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(expected, $"{method} {route}: {await response.Content.ReadAsStringAsync(Ct)}");
    }
}
