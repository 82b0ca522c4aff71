using System.Net;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>Every kind of client the factories hand out checks its responses against the OpenAPI document; no other kind can be made.</summary>
public sealed class CheckedClientsTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_kind_of_client_checks_each_response_it_gets()
    {
        await using var derived = new DerivedApiFactory();
        await derived.InitializeAsync();
        var before = ConformanceRun.Shared.Checked.GetValueOrDefault(("ListCategories", 200));
        var clients = new Dictionary<string, HttpClient>
        {
            ["CreateClient"] = api.CreateClient(),
            ["ClientWithKey"] = api.ClientWithKey(DemoKeys.Storefront),
            ["AdminClientAsync"] = await api.AdminClientAsync(),
            ["a derived factory's CreateClient"] = derived.CreateClient(),
        };

        foreach (var (kind, client) in clients)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/categories");
            (await client.SendAsync(request, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, kind);

            request.Options.TryGetValue(OpenApiConformanceHandler.Verdict, out var verdict).ShouldBeTrue($"{kind} has no conformance handler");
            verdict!.Checked.ShouldBeTrue(kind);
            verdict.OperationName.ShouldBe("ListCategories", kind);
        }

        ConformanceRun.Shared.Checked[("ListCategories", 200)].ShouldBeGreaterThanOrEqualTo(before + clients.Count);
    }

    [Fact]
    public void A_client_made_past_the_check_is_refused()
    {
        Should.Throw<InvalidOperationException>(() => api.CreateDefaultClient()).Message.ShouldContain("checked against the OpenAPI document");
        Should.Throw<InvalidOperationException>(() => ((WebApplicationFactory<Program>)api).CreateClient());
    }

    private sealed class DerivedApiFactory : CatalogueApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Orders:QuoteValidity", "1.00:00:00");
        }
    }
}
