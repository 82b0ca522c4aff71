using Backpack.Catalog.Api.Infrastructure;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Endpoints;
using Backpack.Catalog.Api.Infrastructure.Health;

if (args is ["healthcheck", ..])
{
    return await HealthProbeCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCatalogueServices();

var app = builder.Build();
if (args is ["migrate", ..])
{
    return await app.RunMigrateCommandAsync();
}

if (args is ["create-admin-key", ..])
{
    return await CreateAdminKeyCommand.RunAsync(app, args);
}

app.UseCataloguePipeline();
app.MapCatalogueEndpoints();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the integration tests can host it.</summary>
public partial class Program;
