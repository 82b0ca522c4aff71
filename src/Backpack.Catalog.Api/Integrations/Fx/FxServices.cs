using Backpack.Catalog.Api.Integrations.Http;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Integrations.Fx;

public static class FxServices
{
    public static IServiceCollection AddFxRates(this IServiceCollection services)
    {
        services.AddOptions<FxOptions>()
            .BindConfiguration(FxOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Source != FxSource.Http || o.BaseUrl is { IsAbsoluteUri: true }, "Fx:BaseUrl must be an absolute URL when Fx:Source is Http.")
            .ValidateOnStart();

        services.AddHttpClient(FxRatesClient.ClientName, (sp, http) =>
            {
                var baseUrl = sp.GetRequiredService<IOptions<FxOptions>>().Value.BaseUrl;
                http.BaseAddress = baseUrl is null ? null : new Uri(baseUrl.ToString().TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddOutboundResilience(sp => sp.GetRequiredService<IOptions<FxOptions>>().Value.Resilience);

        services.AddSingleton<IFxRatesSource>(sp => sp.GetRequiredService<IOptions<FxOptions>>().Value.Source == FxSource.Http
            ? new FxRatesClient(sp.GetRequiredService<IHttpClientFactory>())
            : new StaticFxRatesSource());
        services.AddSingleton<FxRateProvider>();
        return services;
    }
}
