using System.Net;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>No value of any documented parameter yields a 5xx; every rejection is a problem document.</summary>
public sealed class ParameterRobustnessTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static readonly string[] HostileValues =
    [
        "", " ", "-1", "0", "1", "101", "2147483648", "-2147483649", "1e309", "-1e309", "NaN", "Infinity", "0x10", "1.5",
        "true", "null", "[]", "{}", "%", "_", "%25", "\\", "'", "' OR 1=1 --", "'; DROP TABLE products; --", "<script>alert(1)</script>",
        "🎒", "рюкзак", "\u0000", "%00", new string('x', 5000), "classic,eco", "../../etc/passwd", "ZZZ==", "eyJ9",
    ];

    private static readonly string[] QueryParameters =
    [
        "category", "material", "minCapacity", "maxCapacity", "certification", "feature", "maxMoq", "inStock", "q", "sort", "cursor", "limit",
    ];

    [Fact]
    public async Task Hostile_query_values_never_cause_a_server_error()
    {
        var client = api.CreateClient();
        var checkedRequests = 0;
        foreach (var parameter in QueryParameters)
        {
            foreach (var value in HostileValues)
            {
                await ShouldNotFailAsync(client, $"/v1/products?{parameter}={Uri.EscapeDataString(value)}");
                checkedRequests++;
            }
        }

        // A NUL in the path never reaches the app: Kestrel answers 400 itself, and the in-memory test client refuses to send it.
        foreach (var value in HostileValues.Where(v => v.Length is > 0 and < 1000 && !v.Contains('\0', StringComparison.Ordinal)))
        {
            await ShouldNotFailAsync(client, $"/v1/products/{Uri.EscapeDataString(value)}");
            await ShouldNotFailAsync(client, $"/v1/variants/{Uri.EscapeDataString(value)}");
            checkedRequests += 2;
        }

        checkedRequests.ShouldBeGreaterThan(400);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM products")).ShouldBe(SeedExpectations.Products.Count, "nothing was dropped");
    }

    private static readonly string[] HostileQuoteBodies =
    [
        "", "null", "[]", "{}", "\"text\"", "{\"lines\": null}", "{\"lines\": [null]}", "{\"lines\": [{}]}", "{\"lines\": \"x\"}",
        "{\"lines\": [{\"sku\": null, \"quantity\": null}]}", "{\"lines\": [{\"sku\": 123, \"quantity\": 1}]}",
        "{\"lines\": [null, {\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}",
        "{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 2147483647}]}",
        "{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": -2147483648}]}",
        "{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 10000000}]}",
        "{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 1e10}]}",
        "{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 1.5}]}",
        "{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100, \"sample\": \"yes\"}]}",
        "{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100, \"extra\": {\"deep\": [1, 2, 3]}}]}",
        "{\"currency\": null, \"incoterm\": null, \"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}",
        "{\"currency\": \"eur\", \"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]}",
        "{\"currency\": \"' OR 1=1 --\", \"lines\": [{\"sku\": \"CL-METRO9-BLK' OR '1'='1\", \"quantity\": 100}]}",
        "{\"lines\": [{\"sku\": \"" + new string('A', 5000) + "\", \"quantity\": 100}]}",
        "{\"lines\": [{\"sku\": \"🎒\", \"quantity\": 100}]}",
        "{\"lines\": [" + string.Join(",", Enumerable.Repeat("{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}", 150)) + "]}",
        new string('[', 5000) + new string(']', 5000),
        "{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": 100}]",
    ];

    [Fact]
    public async Task Hostile_quote_bodies_never_cause_a_server_error()
    {
        var client = api.CreateClient();
        foreach (var body in HostileQuoteBodies)
        {
            var response = await client.PostAsync("/v1/quotes",
                new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            var label = body.Length > 80 ? body[..80] + "…" : body;
            ((int)response.StatusCode).ShouldBeLessThan(500, label);
            if (!response.IsSuccessStatusCode)
            {
                response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", label);
            }
        }
    }

    private static async Task ShouldNotFailAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBeLessThan(500, url);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotModified)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", url);
        }
    }
}
