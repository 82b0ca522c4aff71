using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;

/// <summary>The new key. <c>key</c> is shown only in this answer; only its SHA-256 hash is stored.</summary>
/// <param name="Key">The secret to send in X-Api-Key. Store it now: it cannot be shown again, only revoked and replaced.</param>
public sealed record CreatedApiKeyResponse(
    [property: Identifier(Ids.ApiKey)] string KeyId,
    [property: RegularExpression(ApiKeyFormat.KeyPattern), MaxLength(ApiKeyFormat.MaxKeyLength)] string Key,
    [property: OneOf(typeof(ApiKeyRoles), nameof(ApiKeyRoles.All))] string Role,
    [property: Identifier(Ids.Distributor)] string? DistributorId,
    [property: MaxLength(CreateApiKeyRequest.MaxLabelLength)] string Label,
    DateTime CreatedAt)
{
    public static CreatedApiKeyResponse Example => new(
        "k7m2q9xw4p3a", "bpk_k7m2q9xw4p3a_R4nd0mS3cr3tOnlyShownOnceAtIssueTime2026x", ApiKeyRoles.Distributor, DocumentExamples.DistributorId,
        "Nairobi Outfitters ERP integration", DocumentExamples.UpdatedAt);
}
