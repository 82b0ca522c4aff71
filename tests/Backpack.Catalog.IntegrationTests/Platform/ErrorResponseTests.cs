using System.Net;
using System.Text;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// The framework's own errors leave as problem+json too. Step 1 has no endpoint that reads a body, so a
/// probe endpoint with a JSON body is mapped after the app's pipeline to exercise body binding through
/// the same options and exception handler the real endpoints use.
/// </summary>
public sealed class ErrorResponseTests(ErrorResponseTests.Factory api) : IClassFixture<ErrorResponseTests.Factory>
{
    public sealed class Factory : CatalogueApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ProbeEndpoints>());
        }
    }

    public sealed record ProbeBody(string Sku, int Quantity);

    private sealed class ProbeEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseEndpoints(endpoints => endpoints.MapPost("/probe/body", (ProbeBody body) => TypedResults.Ok(body)));
        };
    }

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
    [InlineData("{\"sku\": \"CL-METRO9-BLK\", \"quantity\": ")]
    [InlineData("{\"sku\": \"CL-METRO9-BLK\", \"quantity\": \"many\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("not json")]
    public async Task Malformed_json_is_a_400_problem(string json)
    {
        var response = await api.CreateClient().PostAsync("/probe/body",
            new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/malformed-request");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task Wrong_content_type_is_a_415_problem(string mediaType)
    {
        var response = await api.CreateClient().PostAsync("/probe/body",
            new StringContent("{\"sku\":\"CL-METRO9-BLK\",\"quantity\":1}", Encoding.UTF8, mediaType), TestContext.Current.CancellationToken);
        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_probe_accepts_a_well_formed_body()
    {
        var response = await api.CreateClient().PostAsync("/probe/body",
            new StringContent("{\"sku\":\"CL-METRO9-BLK\",\"quantity\":1}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        (await response.ShouldBeJsonAsync<ProbeBody>()).ShouldBe(new ProbeBody("CL-METRO9-BLK", 1));
    }
}
