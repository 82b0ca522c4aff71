using Backpack.Catalog.Api.Integrations.Http;
using Microsoft.Extensions.Options;
using Polly;

namespace Backpack.Catalog.Api.Integrations.Fx;

public static class FxServices
{
    private const string PipelineKey = "fx";

    public static IServiceCollection AddFxRates(this IServiceCollection services)
    {
        services.AddOptions<FxOptions>()
            .BindConfiguration(FxOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Source != FxSource.Http || o.BaseUrl is { IsAbsoluteUri: true }, "Fx:BaseUrl must be an absolute URL when Fx:Source is Http.")
            .ValidateOnStart();

        // One pipeline for the app's lifetime, so the circuit breaker's state survives HttpClient handler rotation.
        // Polly keeps real time even when tests replace the app's clock.
        services.AddKeyedSingleton(PipelineKey, (sp, _) =>
            ResilienceHandler.Build(sp.GetRequiredService<IOptions<FxOptions>>().Value.Resilience, TimeProvider.System));
        services.AddHttpClient(FxRatesClient.ClientName, (sp, http) =>
            {
                var baseUrl = sp.GetRequiredService<IOptions<FxOptions>>().Value.BaseUrl;
                http.BaseAddress = baseUrl is null ? null : new Uri(baseUrl.ToString().TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler(sp => new ResilienceHandler(sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(PipelineKey)));

        services.AddSingleton<IFxRatesSource>(sp => sp.GetRequiredService<IOptions<FxOptions>>().Value.Source == FxSource.Http
            ? new FxRatesClient(sp.GetRequiredService<IHttpClientFactory>())
            : new StaticFxRatesSource());
        services.AddSingleton<FxRateProvider>();
        return services;
    }
}
