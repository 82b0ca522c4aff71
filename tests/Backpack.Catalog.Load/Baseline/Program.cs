using System.Net;
using Backpack.Catalog.Load.Baseline;

// The load benchmark's yardsticks, on one bare Kestrel server (no routing, logging, auth, validation or middleware):
//   GET  /v1/products?limit=N   the API's first product page, by hand: raw ADO.NET on the same SQLite file, Utf8JsonWriter
//   GET  /ceiling/{name}        a static answer captured from the API (same bytes), 304 when If-None-Match matches it
//   POST /ceiling/{name}        the same after reading the request body
// Usage: Backpack.Catalog.Load.Baseline <port> <sqlite file> <folder of captured answers>
if (args.Length != 3 || !int.TryParse(args[0], out var port))
{
    await Console.Error.WriteLineAsync("usage: Backpack.Catalog.Load.Baseline <port> <sqlite file> <folder of captured answers>");
    return 2;
}

using var productPage = new ProductPage(args[1]);
var ceiling = StaticAnswers.Load(args[2]);

var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
var app = builder.Build();
app.Run(context =>
{
    var path = context.Request.Path.Value ?? "";
    if (path == "/v1/products")
    {
        return productPage.WriteAsync(context);
    }

    return path.StartsWith(StaticAnswers.PathPrefix, StringComparison.Ordinal)
        ? ceiling.WriteAsync(context, path[StaticAnswers.PathPrefix.Length..])
        : Task.FromResult(context.Response.StatusCode = StatusCodes.Status404NotFound);
});
await app.RunAsync();
return 0;
