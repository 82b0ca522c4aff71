using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// The document declares what the pipeline puts on every response (the OWASP lint rules api4:2023-rate-limit,
/// -rate-limit-retry-after, -rate-limit-responses-429 and api8:2023-define-cors-origin ask for exactly this). The health
/// probes are exempt from rate limiting, and their documentation says so by declaring neither.
/// </summary>
public sealed class HttpLimitsDocumentTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task Every_response_declares_the_rate_limit_and_cors_headers()
    {
        var document = await DocumentAsync();

        foreach (var (route, operation) in Operations(document))
        {
            foreach (var (status, response) in operation["responses"]!.AsObject())
            {
                var headers = response!["headers"]?.AsObject().Select(h => h.Key).ToList() ?? [];
                headers.ShouldContain("RateLimit", $"{route} {status}");
                headers.ShouldContain("RateLimit-Policy", $"{route} {status}");
                headers.ShouldContain("Access-Control-Allow-Origin", $"{route} {status}");
            }
        }
    }

    [Fact]
    public async Task Every_operation_documents_429_with_retry_after_and_every_body_413()
    {
        var document = await DocumentAsync();

        foreach (var (route, operation) in Operations(document))
        {
            var responses = operation["responses"]!.AsObject();
            var tooMany = responses["429"].ShouldNotBeNull(route);
            tooMany["content"]!["application/problem+json"].ShouldNotBeNull(route);
            tooMany["headers"]!["Retry-After"].ShouldNotBeNull(route);
            if (operation["requestBody"] is not null)
            {
                responses["413"]?["content"]?["application/problem+json"].ShouldNotBeNull(route);
            }
        }

        var components = document["components"]!["headers"]!;
        var retryAfter = components["Retry-After"]!["schema"]!;
        retryAfter["type"]!.GetValue<string>().ShouldBe("integer");
        retryAfter["minimum"]!.GetValue<int>().ShouldBe(1);
        retryAfter["maximum"]!.GetValue<int>().ShouldBe(86400);
        foreach (var name in new[] { "RateLimit", "RateLimit-Policy", "Access-Control-Allow-Origin" })
        {
            components[name]!["schema"]!["maxLength"]!.GetValue<int>().ShouldBeGreaterThan(0, name);
            components[name]!["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(name);
        }
    }

    [Fact]
    public async Task The_health_probes_declare_no_rate_limit_and_answer_none()
    {
        var document = await DocumentAsync();
        var probes = document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/health/", StringComparison.Ordinal)).ToList();

        probes.Count.ShouldBe(2);
        foreach (var (path, item) in probes)
        {
            var responses = item!["get"]!["responses"]!.AsObject();
            responses.ContainsKey("429").ShouldBeFalse(path);
            responses.Select(r => r.Value!["headers"]?["RateLimit"]).ShouldAllBe(h => h == null, path);
            using var answer = await api.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
            answer.Headers.Contains("RateLimit").ShouldBeFalse(path);
        }
    }

    private Task<JsonNode> DocumentAsync() => ServedDocument.ReadAsync(api);

    /// <summary>The API's own operations (under /v1), not the health probes.</summary>
    private static IEnumerable<(string Route, JsonNode Operation)> Operations(JsonNode document) =>
        ServedDocument.Operations(document).Where(o => o.Route.Contains(" /v1/", StringComparison.Ordinal));
}
