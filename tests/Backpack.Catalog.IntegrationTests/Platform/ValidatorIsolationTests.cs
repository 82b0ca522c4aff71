using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// FastEndpoints makes each validator once for the process, while the tests run many apps in it. A validator that took
/// its options or clock in its constructor kept the first app's for all of them; each app must validate with its own.
/// </summary>
public sealed class ValidatorIsolationTests
{
    private sealed class InsecureWebhooksApiFactory : CatalogueApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:AllowInsecureHttp", "true");
        }
    }

    [Fact]
    public async Task Each_app_validates_with_its_own_options_whichever_validated_first()
    {
        await using var strict = new CatalogueApiFactory();
        await using var lenient = new InsecureWebhooksApiFactory();
        await strict.InitializeAsync();
        await lenient.InitializeAsync();

        (await RegisterPlainHttpAsync(strict)).ShouldBe(HttpStatusCode.BadRequest);
        (await RegisterPlainHttpAsync(lenient)).ShouldBe(HttpStatusCode.Created);
        (await RegisterPlainHttpAsync(strict)).ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<HttpStatusCode> RegisterPlainHttpAsync(CatalogueApiFactory api) =>
        (await api.ClientWithKey(DemoKeys.Nairobi).PostAsJsonAsync("/v1/webhooks", new { url = "http://127.0.0.1:9/hooks" },
            TestContext.Current.CancellationToken)).StatusCode;
}
