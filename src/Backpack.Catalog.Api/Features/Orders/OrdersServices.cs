using Backpack.Catalog.Api.Features.Orders.Delivery;
using Backpack.Catalog.Api.Integrations.Erp;

namespace Backpack.Catalog.Api.Features.Orders;

public static class OrdersServices
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddOptions<OrdersOptions>().BindConfiguration(OrdersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Documents.SellerOptions>().BindConfiguration(Documents.SellerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<OrderPricer>();
        services.AddSingleton<OrdersHousekeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<OrdersHousekeeping>());
        services.AddErp();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<ErpDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ErpDispatcher>());
        return services;
    }
}
