namespace Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;

/// <summary>The new key. <c>key</c> is shown only in this answer; only its SHA-256 hash is stored.</summary>
/// <param name="Key">The secret to send in X-Api-Key. Store it now: it cannot be shown again, only revoked and replaced.</param>
public sealed record CreatedApiKeyResponse(string KeyId, string Key, string Role, string? DistributorId, string Label, DateTime CreatedAt);
