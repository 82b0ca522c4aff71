using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>The app on a clock the test moves: for flows whose dates count from when a step happens (approvals, lead times).</summary>
public sealed class ClockedApiFactory(ManualClock clock) : CatalogueApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    }
}
