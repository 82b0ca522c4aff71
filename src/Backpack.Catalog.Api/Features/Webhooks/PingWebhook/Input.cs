using System.ComponentModel;
using Backpack.Catalog.Api.Features.Webhooks.GetWebhook;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Webhooks.PingWebhook;

/// <summary>What POST /v1/webhooks/{webhookId}/ping binds: the webhook id from the route.</summary>
public sealed class PingWebhookInput
{
    [RouteParam]
    [Description(GetWebhookEndpoint.WebhookIdDescription)]
    public string WebhookId { get; init; } = "";
}
