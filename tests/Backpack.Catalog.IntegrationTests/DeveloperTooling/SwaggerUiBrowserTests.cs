using System.Net;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling;

/// <summary>
/// Swagger UI in Debian's chromium, driven by NodeTools/swagger-ui-check.mjs (playwright-core) against the app on a real
/// socket: every tag shown, Authorize with the demo distributor key, Try it out on ListProducts and PlaceOrder, nothing
/// fetched from outside the server. The full-page screenshot is kept at TestResults/swagger-ui/swagger-ui.png.
/// </summary>
public sealed class SwaggerUiBrowserTests(KestrelApiFactory api, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    private static readonly string Screenshot = Path.Combine(BuildPaths.RepositoryRoot, "TestResults", "swagger-ui", "swagger-ui.png");

    private sealed record ListProductsResult(int Status, int ProductCount);

    private sealed record PlaceOrderResult(int Status, string? OrderId, bool BodyWasExample, bool SentApiKey, bool SentIdempotencyKey);

    private sealed record CheckResult(
        bool Ok, string[] DocTags, string[] ShownTags, bool Authorized, ListProductsResult? ListProducts, PlaceOrderResult? PlaceOrder,
        string[] ConsoleErrors, string[] FailedRequests, string? Error);

    [Fact]
    public async Task A_developer_authorizes_lists_products_and_places_an_order_in_swagger_ui()
    {
        File.Exists(Chromium).ShouldBeTrue(
            $"No browser at {Chromium}: install Debian's chromium (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH to a Chromium binary.");
        Directory.CreateDirectory(Path.GetDirectoryName(Screenshot)!);
        File.Delete(Screenshot);

        var run = await NodeTools.RunAsync(TimeSpan.FromSeconds(90),
            "swagger-ui-check.mjs", "--base-url", api.BaseUrl, "--api-key", DemoKeys.Nairobi, "--screenshot", Screenshot, "--timeout-ms", "60000");
        var result = run.Json.Deserialize<CheckResult>(HttpAssertions.Json)!;

        result.Error.ShouldBeNull(run.ToString());
        result.Ok.ShouldBeTrue(run.ToString());
        output.WriteLine($"Swagger UI screenshot: {Screenshot}");
        TestContext.Current.AddAttachment("swagger-ui.png", await File.ReadAllBytesAsync(Screenshot, TestContext.Current.CancellationToken), "image/png");

        result.DocTags.ShouldNotBeEmpty();
        result.ShownTags.ShouldBe(result.DocTags, "Swagger UI shows a section for every tag in the served document, and no other");
        result.Authorized.ShouldBeTrue("the ApiKey scheme accepted the demo distributor key");
        result.ListProducts.ShouldNotBeNull().Status.ShouldBe(200, "ListProducts from Try it out");
        result.ListProducts.ProductCount.ShouldBeGreaterThan(0, "the demo catalogue lists products");
        var order = result.PlaceOrder.ShouldNotBeNull();
        order.Status.ShouldBe(201, "PlaceOrder from Try it out, with the request example as the body");
        order.BodyWasExample.ShouldBeTrue("Try it out starts from the documented request example, which is a valid order for the demo catalogue");
        order.SentApiKey.ShouldBeTrue("Swagger UI sent the authorized key in X-Api-Key");
        order.SentIdempotencyKey.ShouldBeTrue("Swagger UI sent the Idempotency-Key typed into the form");
        result.ConsoleErrors.ShouldBeEmpty("browser console errors");
        result.FailedRequests.ShouldBeEmpty("failed requests, or requests to anywhere but the test server (Swagger UI must work offline)");

        var placed = await api.ClientWithKey(DemoKeys.Nairobi).GetAsync($"/v1/orders/{order.OrderId}", TestContext.Current.CancellationToken);
        placed.StatusCode.ShouldBe(HttpStatusCode.OK, "the order placed from Swagger UI is stored");
    }
}
