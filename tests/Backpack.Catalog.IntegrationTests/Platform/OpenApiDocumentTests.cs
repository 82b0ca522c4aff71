using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

public sealed class OpenApiDocumentTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    public const string UpdateVariable = "BACKPACK_UPDATE_OPENAPI";

    private static string CommittedPath => BuildPaths.ApiDocs("openapi.json");

    [Fact]
    public async Task The_committed_document_matches_what_the_app_generates()
    {
        var generated = Normalise(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, generated, TestContext.Current.CancellationToken);
        }

        var committed = File.Exists(CommittedPath) ? Normalise(await File.ReadAllTextAsync(CommittedPath, TestContext.Current.CancellationToken)) : "";
        committed.ShouldBe(generated,
            $"api-docs/openapi.json is out of date. Regenerate it with: {UpdateVariable}=1 dotnet test Backpack.Catalog.sln --filter \"FullyQualifiedName~OpenApiDocumentTests\" and commit the file.");
    }

    [Fact]
    public async Task Every_operation_is_documented_with_its_responses()
    {
        var document = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Route: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .Where(op => op.Route.Contains("/v1/", StringComparison.Ordinal))
            .ToList();

        operations.Select(o => o.Route).ShouldBe(
            ["GET /v1/categories", "GET /v1/products", "GET /v1/products/{id}", "GET /v1/variants/{sku}", "GET /v1/images/{fileName}", "GET /v1/catalogue/changes", "GET /v1/currencies", "GET /v1/places", "POST /v1/quotes",
             "POST /v1/orders", "GET /v1/orders", "POST /v1/orders/validate", "GET /v1/orders/{orderId}", "POST /v1/orders/{orderId}/cancel",
             "PUT /v1/orders/{orderId}/designs/{design}/artwork", "GET /v1/orders/{orderId}/designs/{design}/artwork",
             "GET /v1/orders/{orderId}/designs/{design}/proofs/{round}", "POST /v1/orders/{orderId}/designs/{design}/proofs/{round}/decision", "POST /v1/orders/{orderId}/pre-production-samples/{round}/decision", "GET /v1/orders/{orderId}/inspections/{round}/report", "POST /v1/orders/{orderId}/inspections/{round}/decision",
             "GET /v1/orders/{orderId}/shipments", "GET /v1/orders/{orderId}/shipments/{number}",
             "GET /v1/orders/{orderId}/documents", "GET /v1/orders/{orderId}/documents/{documentNumber}", "GET /v1/orders/{orderId}/documents/{documentNumber}/pdf",
             "POST /v1/admin/distributors", "GET /v1/admin/distributors", "GET /v1/admin/distributors/{distributorId}", "PUT /v1/admin/distributors/{distributorId}/payment-terms", "PUT /v1/admin/distributors/{distributorId}/price-list",
             "GET /v1/admin/distributors/{distributorId}/price-list", "DELETE /v1/admin/distributors/{distributorId}/price-list",
             "POST /v1/admin/api-keys", "GET /v1/admin/api-keys", "POST /v1/admin/api-keys/{keyId}/revoke",
             "POST /v1/admin/orders/{orderId}/status", "GET /v1/admin/orders/{orderId}",
             "POST /v1/admin/orders/{orderId}/designs/{design}/proofs", "POST /v1/admin/orders/{orderId}/pre-production-samples", "POST /v1/admin/orders/{orderId}/payments", "POST /v1/admin/orders/{orderId}/inspections", "PUT /v1/admin/orders/{orderId}/inspections/{round}/report",
             "POST /v1/admin/orders/{orderId}/shipments", "POST /v1/admin/orders/{orderId}/shipments/{number}/status",
             "POST /v1/admin/certificates", "GET /v1/admin/certificates", "GET /v1/admin/certificates/{certificateId}", "PUT /v1/admin/certificates/{certificateId}",
             "DELETE /v1/admin/certificates/{certificateId}", "PUT /v1/admin/certificates/{certificateId}/document", "GET /v1/certificates/{certificateId}/document", "GET /v1/admin/destination-requirements", "GET /v1/admin/destination-requirements/{requirementId}", "PUT /v1/admin/destination-requirements/{requirementId}",
             "DELETE /v1/admin/destination-requirements/{requirementId}",
             "GET /v1/admin/erp/outbox", "GET /v1/admin/erp/dead-letters", "POST /v1/admin/erp/dead-letters/redrive",
             "POST /v1/admin/erp/dead-letters/{messageId}/redrive", "GET /v1/admin/audit",
             "POST /v1/admin/products", "GET /v1/admin/products", "GET /v1/admin/products/{productId}", "PUT /v1/admin/products/{productId}",
             "PUT /v1/admin/products/{productId}/specs", "PUT /v1/admin/products/{productId}/translations/{language}",
             "GET /v1/admin/labels", "GET /v1/admin/labels/{kind}/{key}", "PUT /v1/admin/labels/{kind}/{key}",
             "DELETE /v1/admin/products/{productId}/translations/{language}", "POST /v1/admin/products/{productId}/publish",
             "POST /v1/admin/products/{productId}/unpublish", "POST /v1/admin/products/{productId}/archive",
             "POST /v1/admin/products/{productId}/variants", "GET /v1/admin/variants/{sku}", "PUT /v1/admin/variants/{sku}",
             "POST /v1/admin/variants/{sku}/archive", "POST /v1/admin/variants/{sku}/restore", "PUT /v1/admin/variants/{sku}/price-tiers",
             "POST /v1/admin/variants/{sku}/stock-adjustments",
             "POST /v1/admin/products/{productId}/images", "GET /v1/admin/products/{productId}/images", "GET /v1/admin/products/{productId}/images/{imageId}",
             "PUT /v1/admin/products/{productId}/images/{imageId}", "DELETE /v1/admin/products/{productId}/images/{imageId}",
             "GET /v1/admin/catalogue/export", "POST /v1/admin/catalogue/import",
             "GET /v1/admin/freight-lanes", "POST /v1/admin/freight-lanes", "GET /v1/admin/freight-lanes/{laneId}",
             "PUT /v1/admin/freight-lanes/{laneId}", "DELETE /v1/admin/freight-lanes/{laneId}",
             "GET /v1/admin/duty-rates", "POST /v1/admin/duty-rates", "GET /v1/admin/duty-rates/{country}/{hsHeading}",
             "PUT /v1/admin/duty-rates/{country}/{hsHeading}", "DELETE /v1/admin/duty-rates/{country}/{hsHeading}",
             "GET /v1/admin/insurance-terms", "PUT /v1/admin/insurance-terms",
             "GET /v1/admin/customization-options", "POST /v1/admin/customization-options", "GET /v1/admin/customization-options/{optionId}",
             "PUT /v1/admin/customization-options/{optionId}", "DELETE /v1/admin/customization-options/{optionId}",
             "POST /v1/webhooks", "GET /v1/webhooks", "GET /v1/webhooks/{webhookId}", "DELETE /v1/webhooks/{webhookId}",
             "POST /v1/webhooks/{webhookId}/ping", "GET /v1/webhooks/{webhookId}/deliveries",
             "GET /v1/webhooks/{webhookId}/deliveries/{deliveryId}", "POST /v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver"], ignoreOrder: true);
        foreach (var (route, operation) in operations)
        {
            operation["operationId"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(route);
            operation["summary"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(route);
            operation["description"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(route);
            var responses = operation["responses"]!.AsObject();
            responses.Select(r => r.Key).ShouldContain(r => r == "200" || r == "201" || r == "202" || r == "204", route);
            responses.Select(r => r.Key).ShouldContain("500", route);
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                parameter!["description"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace($"{route} {parameter["name"]}");
                if (parameter["in"]!.GetValue<string>() != "header")
                {
                    parameter["name"]!.GetValue<string>()[0].ShouldSatisfyAllConditions(c => char.IsLower(c).ShouldBeTrue($"{route}: parameters are camelCase"));
                }
            }

            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')))
            {
                response!["content"]!.AsObject().Select(c => c.Key).ShouldBe(["application/problem+json"], $"{route} {status}");
            }
        }
    }

    [Fact]
    public async Task Every_request_body_and_success_response_has_an_example()
    {
        var document = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;
        var schemas = document["components"]!["schemas"]!;
        var missing = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var contents = (operation!["requestBody"]?["content"]?.AsObject() ?? []).Select(c => ("body", c))
                    .Concat(operation["responses"]!.AsObject().Where(r => r.Key[0] == '2')
                        .SelectMany(r => (r.Value!["content"]?.AsObject() ?? []).Select(c => (r.Key, c))));
                foreach (var (what, (mediaType, content)) in contents)
                {
                    var schema = content!["schema"]!;
                    var named = schema["$ref"]?.GetValue<string>().Split('/')[^1] is { } name ? schemas[name] : null;
                    if (content["example"] is null && schema["example"] is null && named?["example"] is null)
                    {
                        missing.Add($"{method.ToUpperInvariant()} {path} {what} {mediaType}");
                    }
                }
            }
        }

        missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task Tags_come_in_audience_order_and_admin_operations_have_a_security_scheme_of_their_own()
    {
        var document = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;
        document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ShouldBe(["Catalogue", "Pricing", "Orders", "Webhooks", "Admin", "Operations"]);
        document["tags"]!.AsArray().ShouldAllBe(t => !string.IsNullOrWhiteSpace(t!["description"]!.GetValue<string>()));

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var route = $"{method.ToUpperInvariant()} {path}";
                var requirements = operation!["security"]!.AsArray().Select(r => string.Join('+', r!.AsObject().Select(s => s.Key))).ToList();
                if (path.StartsWith("/v1/admin/", StringComparison.Ordinal))
                {
                    requirements.ShouldBe(["AdminApiKey"], route);
                }
                else
                {
                    requirements.ShouldNotBeEmpty(route);
                    requirements.ShouldNotContain("AdminApiKey", route);
                }
            }
        }

        document["paths"]!["/health/ready"]!["get"]!["tags"]!.AsArray().Single()!.GetValue<string>().ShouldBe("Operations");
    }

    /// <summary>What Swagger UI does after "Authorize" with a demo key and "Try it out": send the documented example.</summary>
    [Fact]
    public async Task The_documented_order_example_places_an_order_with_a_demo_key_as_swagger_ui_sends_it()
    {
        var document = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;
        var operation = document["paths"]!["/v1/orders"]!["post"]!;
        document["components"]!["securitySchemes"]!["ApiKey"]!["name"]!.GetValue<string>().ShouldBe("X-Api-Key");
        operation["security"]!.AsArray().Single()!.AsObject().Select(s => s.Key).ShouldBe(["ApiKey"]);
        var idempotencyKey = operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "Idempotency-Key")!;
        idempotencyKey["required"]!.GetValue<bool>().ShouldBeTrue();
        document["paths"]!["/v1/products"]!["get"]!["security"]!.AsArray().ShouldContain(r => r!.AsObject().Count == 0, "the catalogue is open to anyone");

        var example = document["components"]!["schemas"]!["PlaceOrderRequest"]!["example"]!.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders") { Content = new StringContent(example, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", DemoKeys.Alpen);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await api.CreateClient().GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("swagger-ui");
    }

    private static string Normalise(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
}
