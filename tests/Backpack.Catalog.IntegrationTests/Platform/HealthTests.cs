using System.Net;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

public sealed class HealthTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task Live_and_ready_answer_healthy()
    {
        var client = api.CreateClient();
        (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        body.GetProperty("status").GetString().ShouldBe("Healthy");
        body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Theory]
    [InlineData("DELETE", "/health/ready")]
    [InlineData("POST", "/health/live")]
    [InlineData("PUT", "/health/ready")]
    public async Task Health_probes_answer_only_get(string method, string path)
    {
        var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["GET"]);
        (await api.CreateClient().GetAsync(path, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
