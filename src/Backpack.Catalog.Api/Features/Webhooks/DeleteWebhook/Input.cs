using System.ComponentModel;
using Backpack.Catalog.Api.Features.Webhooks.GetWebhook;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Webhooks.DeleteWebhook;

/// <summary>What DELETE /v1/webhooks/{webhookId} binds: the webhook id from the route.</summary>
public sealed class DeleteWebhookInput
{
    [RouteParam]
    [Description(GetWebhookEndpoint.WebhookIdDescription)]
    public string WebhookId { get; init; } = "";
}
