using System.Net;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>The app with small quotas, a different one per policy, so that each test can use one up.</summary>
public sealed class SmallRateLimitsApiFactory : CatalogueApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ClientAddressHeader.AddTo(builder);
        builder.UseSetting("RateLimits:Anonymous:PermitLimit", "3");
        builder.UseSetting("RateLimits:Anonymous:Window", "00:01:00");
        builder.UseSetting("RateLimits:Storefront:PermitLimit", "4");
        builder.UseSetting("RateLimits:Storefront:Window", "00:00:30");
        builder.UseSetting("RateLimits:Distributor:PermitLimit", "5");
        builder.UseSetting("RateLimits:Distributor:Window", "00:02:00");
        builder.UseSetting("RateLimits:Admin:PermitLimit", "6");
        builder.UseSetting("RateLimits:Admin:Window", "00:00:45");
    }
}

/// <summary>
/// Each test sends from its own client address (documentation range 203.0.113.0/24) or with fresh keys, so the tests
/// never share a quota.
/// </summary>
public sealed partial class RateLimitTests(SmallRateLimitsApiFactory api) : IClassFixture<SmallRateLimitsApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_response_carries_the_policy_and_the_quota_counting_down()
    {
        var client = ClientAt("203.0.113.1");

        var ok = await client.GetAsync("/v1/categories", Cancel);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/v1/categories");
        revalidate.Headers.IfNoneMatch.Add(ok.Headers.ETag!);
        var notModified = await client.SendAsync(revalidate, Cancel);
        var notFound = await client.GetAsync("/v1/products/no-such-product", Cancel);

        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var response in new[] { ok, notModified, notFound })
        {
            Header(response, "RateLimit-Policy").ShouldBe("\"anonymous\";q=3;w=60");
        }

        Quota(ok).ShouldSatisfyAllConditions(q => q.Policy.ShouldBe("anonymous"), q => q.Remaining.ShouldBe(2), q => q.Reset.ShouldBeInRange(1, 60));
        Quota(notModified).Remaining.ShouldBe(1);
        Quota(notFound).Remaining.ShouldBe(0);
    }

    [Fact]
    public async Task A_request_over_the_quota_is_a_429_problem_with_retry_after()
    {
        var client = ClientAt("203.0.113.2");
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/v1/categories", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await client.GetAsync("/v1/categories", Cancel);

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/rate-limited");
        problem.GetProperty("violatedPolicies").EnumerateArray().Select(p => p.GetString()).ShouldBe(["anonymous"]);
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        retryAfter.ShouldBeInRange(1, 60);
        Header(refused, "RateLimit-Policy").ShouldBe("\"anonymous\";q=3;w=60");
        Quota(refused).ShouldSatisfyAllConditions(q => q.Remaining.ShouldBe(0), q => q.Reset.ShouldBe((int)retryAfter));
    }

    [Fact]
    public async Task Each_key_has_its_own_quota_apart_from_its_address()
    {
        var first = ClientAt("203.0.113.3", await IssueKeyAsync(ApiKeyRoles.Storefront));
        var second = ClientAt("203.0.113.3", await IssueKeyAsync(ApiKeyRoles.Storefront));
        for (var i = 0; i < 4; i++)
        {
            (await first.GetAsync("/v1/categories", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var firstRefused = await first.GetAsync("/v1/categories", Cancel);
        var secondServed = await second.GetAsync("/v1/categories", Cancel);
        var anonymousServed = await ClientAt("203.0.113.3").GetAsync("/v1/categories", Cancel);

        firstRefused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        secondServed.StatusCode.ShouldBe(HttpStatusCode.OK);
        Quota(secondServed).ShouldSatisfyAllConditions(q => q.Policy.ShouldBe("storefront"), q => q.Remaining.ShouldBe(3));
        anonymousServed.StatusCode.ShouldBe(HttpStatusCode.OK);
        Quota(anonymousServed).ShouldSatisfyAllConditions(q => q.Policy.ShouldBe("anonymous"), q => q.Remaining.ShouldBe(2));
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_per_address()
    {
        var exhausted = ClientAt("203.0.113.4");
        for (var i = 0; i < 3; i++)
        {
            await exhausted.GetAsync("/v1/categories", Cancel);
        }

        (await exhausted.GetAsync("/v1/categories", Cancel)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var neighbour = await ClientAt("203.0.113.5").GetAsync("/v1/categories", Cancel);
        neighbour.StatusCode.ShouldBe(HttpStatusCode.OK);
        Quota(neighbour).Remaining.ShouldBe(2);
    }

    [Fact]
    public async Task IPv6_clients_share_a_quota_per_64_prefix()
    {
        for (var i = 1; i <= 3; i++)
        {
            (await ClientAt($"2001:db8:1:2::{i}").GetAsync("/v1/categories", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await ClientAt("2001:db8:1:2:ffff::9").GetAsync("/v1/categories", Cancel)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await ClientAt("2001:db8:1:3::1").GetAsync("/v1/categories", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Made_up_keys_get_no_quota_of_their_own_but_draw_on_their_address()
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            responses.Add(await ClientAt("203.0.113.6", MadeUpKey()).GetAsync("/v1/categories", Cancel));
        }

        var anotherMadeUpKey = await ClientAt("203.0.113.6", MadeUpKey()).GetAsync("/v1/categories", Cancel);
        var noKey = await ClientAt("203.0.113.6").GetAsync("/v1/categories", Cancel);

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        responses.Select(r => Quota(r).Remaining).ShouldBe([2, 1, 0]);
        responses.ShouldAllBe(r => Quota(r).Policy == "anonymous");
        anotherMadeUpKey.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        noKey.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Each_role_gets_its_configured_policy()
    {
        var storefront = await ClientAt("203.0.113.7", DemoKeys.Storefront).GetAsync("/v1/categories", Cancel);
        var distributor = await ClientAt("203.0.113.7", DemoKeys.Nairobi).GetAsync("/v1/orders", Cancel);
        var admin = await ClientAt("203.0.113.7", await IssueKeyAsync(ApiKeyRoles.Admin)).GetAsync("/v1/admin/distributors", Cancel);

        storefront.StatusCode.ShouldBe(HttpStatusCode.OK);
        distributor.StatusCode.ShouldBe(HttpStatusCode.OK);
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(storefront, "RateLimit-Policy").ShouldBe("\"storefront\";q=4;w=30");
        Header(distributor, "RateLimit-Policy").ShouldBe("\"distributor\";q=5;w=120");
        Header(admin, "RateLimit-Policy").ShouldBe("\"admin\";q=6;w=45");
        Quota(distributor).Reset.ShouldBeInRange(61, 120);
    }

    [Fact]
    public async Task Health_probes_and_the_openapi_document_are_not_limited()
    {
        var client = ClientAt("203.0.113.8");
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync("/v1/categories", Cancel);
        }

        (await client.GetAsync("/v1/categories", Cancel)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        foreach (var path in new[] { "/health/live", "/health/ready", "/swagger/v1/swagger.json", "/swagger/index.html" })
        {
            var response = await client.GetAsync(path, Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            response.Headers.Contains("RateLimit").ShouldBeFalse(path);
        }
    }

    private HttpClient ClientAt(string address, string? apiKey = null)
    {
        var client = apiKey is null ? api.CreateClient() : api.ClientWithKey(apiKey);
        client.DefaultRequestHeaders.Add(ClientAddressHeader.Name, address);
        return client;
    }

    private async Task<string> IssueKeyAsync(string role) =>
        (await api.Services.GetRequiredService<ApiKeyStore>().IssueAsync(role, null, $"rate-limit test {role}", Cancel)).Key;

    private static string MadeUpKey() => ApiKeyFormat.Generate().Key;

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : throw new ShouldAssertException($"{response.StatusCode} has no {name} header.");

    private static (string Policy, int Remaining, int Reset) Quota(HttpResponseMessage response)
    {
        var match = QuotaField().Match(Header(response, "RateLimit"));
        match.Success.ShouldBeTrue(Header(response, "RateLimit"));
        return (match.Groups["policy"].Value, int.Parse(match.Groups["r"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["t"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("""^"(?<policy>[a-z]+)";r=(?<r>\d+);t=(?<t>\d+)$""")]
    private static partial Regex QuotaField();
}
