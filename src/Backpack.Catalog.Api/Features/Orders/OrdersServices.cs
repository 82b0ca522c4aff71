namespace Backpack.Catalog.Api.Features.Orders;

public static class OrdersServices
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddOptions<OrdersOptions>().BindConfiguration(OrdersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<OrderPricer>();
        services.AddSingleton<OrdersHousekeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<OrdersHousekeeping>());
        return services;
    }
}
