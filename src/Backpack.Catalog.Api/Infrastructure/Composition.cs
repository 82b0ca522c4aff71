using System.Text.Json.Serialization;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Features.Webhooks;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Endpoints;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Files;
using Backpack.Catalog.Api.Infrastructure.Health;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Infrastructure.RateLimiting;
using Backpack.Catalog.Api.Integrations.Fx;

namespace Backpack.Catalog.Api.Infrastructure;

/// <summary>What Program.cs composes: services, then the middleware pipeline.</summary>
public static class Composition
{
    public static WebApplicationBuilder AddCatalogueServices(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            // Scopes give every line logged during a request (errors, the framework's warnings) its TraceId and RequestPath,
            // so the access line's trace finds them. They cost about 5 µs a request (api-docs/performance.md).
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            // The web defaults read "100" as 100; the documented types are numbers, so a string is a 400, not a silent order.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddCatalogueProblemDetails();
        builder.Services.AddRequestValidators();
        builder.Services.AddCatalogueEndpoints();
        builder.Services.AddCatalogueData();
        builder.Services.AddCatalogueAuth();
        builder.Services.AddCatalogueRateLimiting();
        builder.Services.AddRequestBodyLimit();
        builder.Services.AddServerLimits();
        builder.Services.AddCatalogueCors();
        builder.Services.AddCatalogueAdmin();
        builder.Services.AddOrders();
        builder.Services.AddFileStore();
        builder.Services.AddTrade();
        builder.Services.AddWebhooks();
        builder.Services.AddFxRates();
        builder.Services.AddCatalogueHealthChecks();
        builder.Services.AddCatalogueSwagger();
        return builder;
    }

    public static WebApplication UseCataloguePipeline(this WebApplication app)
    {
        // Outermost, so it logs the status the client got: the exception handler turns a throw into its 500 or 400 inside it.
        app.UseAccessLog();
        app.UseCatalogueProblemDetails();
        app.UseSecurityHeaders();
        // Preflights and Swagger are answered before rate limiting, so they do not count; the limiter needs the key checked
        // (authentication) and runs before the 401 for bad keys, so that those count against the caller's address.
        app.UseCors();
        app.UseCatalogueSwagger();
        app.UseCatalogueAuthentication();
        app.UseCatalogueRateLimiting();
        app.UseRequestBodyLimit();
        app.UseCatalogueAuthorization();
        app.UseUtf8RequestBodies();
        app.UseRequestTimeLimit();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                app.Logger.LogInformation("Swagger UI: {Url}/swagger", address.Replace("0.0.0.0", "localhost", StringComparison.Ordinal)
                    .Replace("[::]", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal));
            }
        });
        return app;
    }
}
