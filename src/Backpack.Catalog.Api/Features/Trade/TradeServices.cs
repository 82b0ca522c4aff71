using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Admin.ReferenceData;

namespace Backpack.Catalog.Api.Features.Trade;

public static class TradeServices
{
    public static IServiceCollection AddTrade(this IServiceCollection services)
    {
        services.AddOptions<LandedCostOptions>().BindConfiguration(LandedCostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LandedCostService>();
        services.AddSingleton<VersionedRecordWriter>();
        return services;
    }
}
