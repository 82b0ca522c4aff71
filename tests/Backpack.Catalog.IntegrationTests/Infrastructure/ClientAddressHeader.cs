using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>
/// Lets a test say which address a request comes from (the in-memory server has none): the address in
/// <see cref="Name"/> becomes the connection's remote address before the app sees the request.
/// </summary>
public sealed class ClientAddressHeader : IStartupFilter
{
    public const string Name = "X-Test-Client-Address";

    public static void AddTo(IWebHostBuilder builder) => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressHeader>());

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Name, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
