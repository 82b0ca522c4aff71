using System.Net;
using System.Text;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

public sealed class ErrorResponseTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        var problem = await (await api.CreateClient().GetAsync("/v1/no-such-thing", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("instance").GetString().ShouldBe("/v1/no-such-thing");
    }

    [Theory]
    [InlineData("POST", "/v1/products")]
    [InlineData("DELETE", "/v1/products/classic-metro-9")]
    [InlineData("PUT", "/v1/categories")]
    public async Task Wrong_method_is_a_405_problem_with_allow(string method, string url)
    {
        var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url), TestContext.Current.CancellationToken);
        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldContain("GET");
    }

    [Theory]
    [InlineData("{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": ")]
    [InlineData("{\"lines\": [{\"sku\": \"CL-METRO9-BLK\", \"quantity\": \"many\"}]}")]
    [InlineData("{\"lines\": {}}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("not json")]
    public async Task Malformed_json_is_a_400_problem(string json)
    {
        var response = await api.CreateClient().PostAsync("/v1/quotes",
            new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/malformed-request");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task Wrong_content_type_is_a_415_problem(string mediaType)
    {
        var response = await api.CreateClient().PostAsync("/v1/quotes",
            new StringContent("{\"lines\":[{\"sku\":\"CL-METRO9-BLK\",\"quantity\":100}]}", Encoding.UTF8, mediaType), TestContext.Current.CancellationToken);
        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

}
