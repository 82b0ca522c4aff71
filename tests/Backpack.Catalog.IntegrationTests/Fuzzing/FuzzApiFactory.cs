using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// The app as the fuzzer needs it: the base factory's quotas (a million requests a minute per policy, far beyond the
/// fuzzer's ~6,000; a 429 would hide an answer, so the test fails on any), and no background writer, so that every change
/// to the database during a request is that request's: webhook delivery is off (events are still queued by the requests
/// that make them) and the ERP dispatcher, without an Erp:BaseUrl, stays idle.
/// </summary>
public sealed class FuzzApiFactory : CatalogueApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:Enabled", "false");
    }
}
