using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>
/// The app on a real socket (Kestrel on 127.0.0.1 and a port the OS picks) for clients outside this process: a
/// browser, a node program. Same demo-seeded database as <see cref="CatalogueApiFactory"/>; the ERP dispatcher stays
/// idle (no Erp:BaseUrl) and FX rates are the static table, so nothing leaves the machine.
/// </summary>
public class KestrelApiFactory : CatalogueApiFactory
{
    public KestrelApiFactory() => ListenOnLoopback();

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl => Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Out-of-process clients register webhook receivers they run themselves, on plain http at 127.0.0.1.
        builder.UseSetting("Webhooks:AllowInsecureHttp", "true");
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.100");
    }
}
