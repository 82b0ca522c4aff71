using Backpack.Catalog.Api.Features.Webhooks.CreateWebhook;
using Backpack.Catalog.Api.Features.Webhooks.DeleteWebhook;
using Backpack.Catalog.Api.Features.Webhooks.GetDelivery;
using Backpack.Catalog.Api.Features.Webhooks.GetWebhook;
using Backpack.Catalog.Api.Features.Webhooks.ListDeliveries;
using Backpack.Catalog.Api.Features.Webhooks.ListWebhooks;
using Backpack.Catalog.Api.Features.Webhooks.PingWebhook;
using Backpack.Catalog.Api.Features.Webhooks.RedeliverDelivery;
using Backpack.Catalog.Api.Infrastructure.Auth;

namespace Backpack.Catalog.Api.Features.Webhooks;

/// <summary>Everything under /v1/webhooks needs a distributor key, and each distributor sees only its own webhooks.</summary>
public static class WebhooksGroup
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var webhooks = v1.MapGroup("/webhooks")
            .RequireAuthorization(AuthPolicies.Distributor)
            .WithTags("Webhooks")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        CreateWebhookEndpoint.Map(webhooks);
        ListWebhooksEndpoint.Map(webhooks);
        GetWebhookEndpoint.Map(webhooks);
        DeleteWebhookEndpoint.Map(webhooks);
        PingWebhookEndpoint.Map(webhooks);
        ListDeliveriesEndpoint.Map(webhooks);
        GetDeliveryEndpoint.Map(webhooks);
        RedeliverDeliveryEndpoint.Map(webhooks);
    }
}
