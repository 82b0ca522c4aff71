using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Integrations.Webhooks;
namespace Backpack.Catalog.Api.Features.Webhooks.CreateWebhook;

/// <summary>The new webhook with its signing secret, which only this answer shows.</summary>
/// <param name="Secret">whsec_ and 43 base64url characters. Verify every event's Backpack-Webhook-Signature with it (api-docs/webhooks.md). Store it now: it is never shown again; to replace it, delete the webhook and register a new one.</param>
public sealed record CreatedWebhookResponse(
    [property: Identifier(Ids.Webhook)] string Id,
    [property: MaxLength(WebhookUrl.MaxLength), DataType(DataType.Url)] string Url,
    [property: MaxLength(CreateWebhookRequest.MaxDescriptionLength)] string? Description,
    [property: RegularExpression(WebhookSignature.SecretPattern), MaxLength(WebhookSignature.SecretLength)] string Secret,
    DateTime CreatedAt)
{
    public static CreatedWebhookResponse Example => new(
        WebhookResponse.Example.Id, WebhookResponse.Example.Url, WebhookResponse.Example.Description,
        "whsec_q8Vd3kZ0pLr7Tn2Xy5Wc9Bm4Hs6Jf1Ga0Ue3Ri7Ok2P", WebhookResponse.Example.CreatedAt);
}
