using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Admin.ApiKeys;

/// <summary>An API key as admins see it: never the secret, which is shown once at creation and stored only as a hash.</summary>
/// <param name="KeyId">The public part of the key (bpk_{keyId}_…), safe to log and to quote.</param>
/// <param name="Role">storefront, distributor or admin.</param>
/// <param name="RevokedAt">When it was revoked; null while it works.</param>
public sealed record ApiKeyResponse(
    [property: Identifier(Ids.ApiKey)] string KeyId,
    [property: OneOf(typeof(ApiKeyRoles), nameof(ApiKeyRoles.All))] string Role,
    [property: Identifier(Ids.Distributor)] string? DistributorId,
    [property: MaxLength(CreateApiKeyRequest.MaxLabelLength)] string Label,
    DateTime CreatedAt,
    DateTime? RevokedAt)
{
    public static ApiKeyResponse Example => new(
        "k7m2q9xw4p3a", ApiKeyRoles.Distributor, DocumentExamples.DistributorId, "Nairobi Outfitters ERP integration", DocumentExamples.UpdatedAt, null);
}

public sealed class ApiKeyRow
{
    public const string Select = """
        SELECT k.key_id, k.role, k.distributor_id, k.label, k.created_at_ms, k.revoked_at_ms
        FROM api_keys k
        """;

    public string KeyId { get; init; } = "";
    public string Role { get; init; } = "";
    public string? DistributorId { get; init; }
    public string Label { get; init; } = "";
    public long CreatedAtMs { get; init; }
    public long? RevokedAtMs { get; init; }

    public ApiKeyResponse ToResponse() => new(KeyId, Role, DistributorId, Label,
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedAtMs).UtcDateTime,
        RevokedAtMs is { } revoked ? DateTimeOffset.FromUnixTimeMilliseconds(revoked).UtcDateTime : null);
}
