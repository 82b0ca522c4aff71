using System.ComponentModel;
using Backpack.Catalog.Api.Features.Webhooks.GetWebhook;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Webhooks.GetDelivery;

/// <summary>What GET /v1/webhooks/{webhookId}/deliveries/{deliveryId} binds: both ids from the route.</summary>
public sealed class GetDeliveryInput
{
    [RouteParam]
    [Description(GetWebhookEndpoint.WebhookIdDescription)]
    public string WebhookId { get; init; } = "";

    [RouteParam]
    [Description(GetDeliveryEndpoint.DeliveryIdDescription)]
    public string DeliveryId { get; init; } = "";
}
