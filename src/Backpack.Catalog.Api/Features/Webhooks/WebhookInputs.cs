using System.ComponentModel;
using Backpack.Catalog.Api.Features.Webhooks.GetDelivery;
using Backpack.Catalog.Api.Features.Webhooks.GetWebhook;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Webhooks;

// What the operations on one webhook, or one of its deliveries, bind: the ids in the route.

public sealed class WebhookRoute
{
    [RouteParam]
    [Description(GetWebhookEndpoint.WebhookIdDescription)]
    public string WebhookId { get; init; } = "";
}

public sealed class DeliveryRoute
{
    [RouteParam]
    [Description(GetWebhookEndpoint.WebhookIdDescription)]
    public string WebhookId { get; init; } = "";

    [RouteParam]
    [Description(GetDeliveryEndpoint.DeliveryIdDescription)]
    public string DeliveryId { get; init; } = "";
}
