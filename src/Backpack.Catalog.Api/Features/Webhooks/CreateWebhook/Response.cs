namespace Backpack.Catalog.Api.Features.Webhooks.CreateWebhook;

/// <summary>The new webhook with its signing secret, which only this answer shows.</summary>
/// <param name="Secret">whsec_ and 43 base64url characters. Verify every event's Backpack-Webhook-Signature with it (api-docs/webhooks.md). Store it now: it is never shown again; to replace it, delete the webhook and register a new one.</param>
public sealed record CreatedWebhookResponse(string Id, string Url, string? Description, string Secret, DateTime CreatedAt);
