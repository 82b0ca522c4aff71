using System.ComponentModel;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Webhooks.GetWebhook;

/// <summary>What GET /v1/webhooks/{webhookId} binds: the webhook id from the route.</summary>
public sealed class GetWebhookInput
{
    [RouteParam]
    [Description(GetWebhookEndpoint.WebhookIdDescription)]
    public string WebhookId { get; init; } = "";
}
