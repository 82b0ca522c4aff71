using System.Text.Json.Serialization;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Health;
using FastEndpoints;

namespace Backpack.Catalog.Api.Infrastructure.Endpoints;

/// <summary>
/// FastEndpoints serves every operation (one endpoint class each, under Features/); the health probes stay on ASP.NET
/// Core's health checks. Its binding and validation failures leave as the same problems the rest of the API writes.
/// </summary>
public static class EndpointsSetup
{
    private const string TestUrlCacheRoute = "_test_url_cache_";

    public static IServiceCollection AddCatalogueEndpoints(this IServiceCollection services) =>
        services.AddFastEndpoints(options => options.Assemblies = [typeof(EndpointsSetup).Assembly]);

    public static WebApplication MapCatalogueEndpoints(this WebApplication app)
    {
        app.UseFastEndpoints(config =>
        {
            // An empty ?limit= means "not given", as it does for every other optional parameter, not 0.
            config.Binding.UseDefaultValuesForNullableProps = false;
            config.Binding.FailureMessage = RequestProblems.BindingFailureMessage;
            config.Binding.JsonExceptionTransformer = RequestProblems.FromJsonException;
            // Errors are keyed by the names clients send; ValidationSetup's resolver already gives them.
            config.Validation.UsePropertyNamingPolicy = false;
            config.Errors.ResponseBuilder = RequestProblems.Build;
            config.Serializer.ResponseSerializer = RequestProblems.WriteAsync;
            // The schemas say additionalProperties: false, so a member the operation does not know (a typo, a field from
            // another operation) is refused rather than dropped: RequestProblems names it by its JSON path.
            config.Serializer.Options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            config.Serializer.RequestDeserializer = (request, type, _, _) => RequestBodies.ReadAsync(request, type, config.Serializer.Options);
            config.Endpoints.Configurator = definition =>
            {
                // A group's own route ("" under "webhooks") would otherwise end in a slash.
                for (var i = 0; i < definition.Routes.Length; i++)
                {
                    definition.Routes[i] = definition.Routes[i].TrimEnd('/');
                }

                if (definition.ReqDtoType != typeof(EmptyRequest))
                {
                    definition.RequestBinder(typeof(DeclaredSourcesBinder<>));
                }
            };
        });
        app.UseRequestBodyRules();
        app.UseKnownQueryParameters();
        app.Use((context, next) =>
        {
            // FastEndpoints maps GET /_test_url_cache_ for its testing package, which this API does not use: it is not found.
            if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: TestUrlCacheRoute })
            {
                context.SetEndpoint(null);
            }

            return next(context);
        });
        app.MapCatalogueHealthChecks();
        return app;
    }
}
