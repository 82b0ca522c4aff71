using System.Net;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>The app with one storefront origin allowed.</summary>
public sealed class StorefrontOriginApiFactory : CatalogueApiFactory
{
    public const string Origin = "https://shop.example.com";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cors:AllowedOrigins:0", Origin);
    }
}

public sealed class CorsTests(StorefrontOriginApiFactory api) : IClassFixture<StorefrontOriginApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_may_send_the_headers_the_api_reads()
    {
        var response = await PreflightAsync(StorefrontOriginApiFactory.Origin, "POST", "x-api-key,content-type,idempotency-key");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Values(response, "Access-Control-Allow-Origin").ShouldBe([StorefrontOriginApiFactory.Origin]);
        Values(response, "Access-Control-Allow-Methods").ShouldContain("POST");
        Values(response, "Access-Control-Allow-Headers").ShouldBe(["X-Api-Key", "Content-Type", "If-None-Match", "If-Match", "Idempotency-Key"], ignoreOrder: true);
        Values(response, "Access-Control-Max-Age").ShouldBe(["600"]);
        response.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse("keys travel in a header, never in cookies");
    }

    [Fact]
    public async Task A_preflight_from_another_origin_is_not_allowed()
    {
        var response = await PreflightAsync("https://elsewhere.example.com", "GET", "x-api-key");

        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        response.Headers.Contains("Access-Control-Allow-Headers").ShouldBeFalse();
    }

    [Fact]
    public async Task A_response_to_an_allowed_origin_lets_its_scripts_read_the_storefront_headers()
    {
        var response = await GetWithOriginAsync(StorefrontOriginApiFactory.Origin);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Values(response, "Access-Control-Allow-Origin").ShouldBe([StorefrontOriginApiFactory.Origin]);
        Values(response, "Access-Control-Expose-Headers").ShouldBe(
            ["ETag", "Location", "Retry-After", "RateLimit", "RateLimit-Policy", "Idempotent-Replayed", "Content-Disposition", "WWW-Authenticate"],
            ignoreOrder: true);
    }

    [Fact]
    public async Task A_response_to_another_origin_has_no_allow_origin_header()
    {
        var response = await GetWithOriginAsync("https://elsewhere.example.com");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, "CORS only tells the browser; the server answers either way");
        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task An_error_to_an_allowed_origin_is_readable_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/categories");
        request.Headers.Add("Origin", StorefrontOriginApiFactory.Origin);
        request.Headers.Add("X-Api-Key", "bpk_notakey_NotARealSecretNotARealSecretNotARealSecret");

        var response = await api.CreateClient().SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        Values(response, "Access-Control-Allow-Origin").ShouldBe([StorefrontOriginApiFactory.Origin]);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin, string method, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v1/orders");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await api.CreateClient().SendAsync(request, Cancel);
    }

    private async Task<HttpResponseMessage> GetWithOriginAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/categories");
        request.Headers.Add("Origin", origin);
        return await api.CreateClient().SendAsync(request, Cancel);
    }

    private static string[] Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? [.. values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries))] : [];
}
