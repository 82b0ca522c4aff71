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
    [InlineData("application/xml")]
    [InlineData("text/csv")]
    public async Task A_problem_is_whole_problem_json_even_when_the_client_accepts_only_another_type(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/products/no-such-product");
        request.Headers.Add("Accept", accept);

        var problem = await (await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.GetProperty("instance").GetString().ShouldBe("/v1/products/no-such-product");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/not-found");
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

    // Found by the OpenAPI fuzz test: an unknown charset was a 500 (the framework's JSON reader throws for it).
    [Theory]
    [InlineData("klingon")]
    [InlineData("utf-16")]
    [InlineData("iso-8859-1")]
    public async Task A_json_body_in_a_charset_other_than_utf8_is_a_415_problem(string charset)
    {
        using var content = new ByteArrayContent("{\"lines\":[{\"sku\":\"CL-METRO9-BLK\",\"quantity\":100,\"sample\":false}]}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var response = await api.CreateClient().PostAsync("/v1/quotes", content, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/unsupported-media-type");
        problem.GetProperty("detail").GetString().ShouldBe($"The body is declared as charset={charset}. Send UTF-8: charset=utf-8, or no charset.");
    }

    // charset="utf-8" was a 500 as well: the framework reads only the unquoted name.
    [Theory]
    [InlineData("utf-8")]
    [InlineData("UTF-8")]
    [InlineData("\"utf-8\"")]
    [InlineData("utf8")]
    public async Task A_json_body_declared_utf8_is_read(string charset)
    {
        using var content = new ByteArrayContent("{\"lines\":[{\"sku\":\"CL-METRO9-BLK\",\"quantity\":100,\"sample\":false}]}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var response = await api.CreateClient().PostAsync("/v1/quotes", content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
