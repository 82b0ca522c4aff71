using System.ComponentModel;
using Backpack.Catalog.Api.Features.Webhooks.GetDelivery;
using Backpack.Catalog.Api.Features.Webhooks.GetWebhook;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Webhooks.RedeliverDelivery;

/// <summary>What POST /v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver binds: both ids from the route.</summary>
public sealed class RedeliverDeliveryInput
{
    [RouteParam]
    [Description(GetWebhookEndpoint.WebhookIdDescription)]
    public string WebhookId { get; init; } = "";

    [RouteParam]
    [Description(GetDeliveryEndpoint.DeliveryIdDescription)]
    public string DeliveryId { get; init; } = "";
}
