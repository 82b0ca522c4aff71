using System.Net;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

public sealed class SecurityHeadersTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/v1/categories", HttpStatusCode.OK)]
    [InlineData("/v1/products/no-such-product", HttpStatusCode.NotFound)]
    [InlineData("/v1/orders", HttpStatusCode.Unauthorized)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    public async Task Api_responses_forbid_sniffing_framing_referrers_and_loading_anything(string path, HttpStatusCode status)
    {
        var response = await api.CreateClient().GetAsync(path, Cancel);

        response.StatusCode.ShouldBe(status);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").ShouldBe(["default-src 'none'; frame-ancestors 'none'"]);
    }

    [Fact]
    public async Task Endpoints_keep_their_own_cache_control()
    {
        var response = await api.CreateClient().GetAsync("/v1/categories", Cancel);

        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
    }

    [Fact]
    public async Task Swagger_ui_may_load_its_own_scripts_and_styles_but_still_not_be_framed()
    {
        var response = await api.CreateClient().GetAsync("/swagger/index.html", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldBe(SecurityHeaders.SwaggerUiContentSecurityPolicy);
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Fact]
    public async Task Without_configured_origins_no_browser_origin_is_allowed()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v1/categories");
        preflight.Headers.Add("Origin", "http://localhost:3000");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var get = new HttpRequestMessage(HttpMethod.Get, "/v1/categories");
        get.Headers.Add("Origin", "http://localhost:3000");

        var preflightResponse = await api.CreateClient().SendAsync(preflight, Cancel);
        var getResponse = await api.CreateClient().SendAsync(get, Cancel);

        preflightResponse.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        getResponse.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }
}
