using Backpack.Catalog.Api.Integrations.Http;
using Microsoft.Extensions.Options;
using Polly;

namespace Backpack.Catalog.Api.Integrations.Erp;

public static class ErpServices
{
    private const string PipelineKey = "erp";

    public static IServiceCollection AddErp(this IServiceCollection services)
    {
        services.AddOptions<ErpOptions>()
            .BindConfiguration(ErpOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.BaseUrl is null || o.BaseUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" }, "Erp:BaseUrl must be an absolute http(s) URL.")
            .Validate(o => o.LeaseDuration > o.WorstBatchDuration,
                "Erp:LeaseDuration must outlast a whole batch (Resilience:TotalTimeout × BatchSize / Parallelism, rounded up), or another instance could send the same message while it is still in flight.")
            .Validate(o => o.BackoffMax >= o.BackoffFirst, "Erp:BackoffMax must not be shorter than Erp:BackoffFirst.")
            .ValidateOnStart();

        // One pipeline for the app's lifetime, so the circuit breaker's state survives HttpClient handler rotation.
        services.AddKeyedSingleton(PipelineKey, (sp, _) =>
            ResilienceHandler.Build(sp.GetRequiredService<IOptions<ErpOptions>>().Value.Resilience, TimeProvider.System));
        services.AddHttpClient(ErpClient.ClientName, (sp, http) => ErpClient.Configure(http, sp.GetRequiredService<IOptions<ErpOptions>>().Value))
            .AddHttpMessageHandler(sp => new ResilienceHandler(sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(PipelineKey)));
        services.AddSingleton<ErpClient>();
        return services;
    }
}
