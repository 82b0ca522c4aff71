using Backpack.Catalog.Api.Integrations.Http;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Integrations.Erp;

public static class ErpServices
{
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

        services.AddHttpClient(ErpClient.ClientName, (sp, http) => ErpClient.Configure(http, sp.GetRequiredService<IOptions<ErpOptions>>().Value))
            .AddOutboundResilience(sp => sp.GetRequiredService<IOptions<ErpOptions>>().Value.Resilience);
        services.AddSingleton<ErpClient>();
        return services;
    }
}
