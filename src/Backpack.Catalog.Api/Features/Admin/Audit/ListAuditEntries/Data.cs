using System.Text.Json;

namespace Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;

internal static class ListAuditEntriesData
{
    // Newest first on the identity key; each absent filter is a NULL parameter so there is one fixed statement.
    public const string SelectPage = """
        SELECT a.audit_id, a.occurred_at_ms, a.actor_key_id, a.actor_role, a.action, a.resource_type, a.resource_id, a.product_id,
          a.reason, a.changes_json
        FROM catalogue_audit a
        WHERE (@ProductId IS NULL OR a.product_id = @ProductId)
          AND (@ResourceType IS NULL OR a.resource_type = @ResourceType)
          AND (@ResourceId IS NULL OR a.resource_id = @ResourceId)
          AND (@Action IS NULL OR a.action = @Action)
          AND (@ActorKeyId IS NULL OR a.actor_key_id = @ActorKeyId)
          AND (@FromMs IS NULL OR a.occurred_at_ms >= @FromMs)
          AND (@ToMs IS NULL OR a.occurred_at_ms < @ToMs)
          AND (@BeforeId IS NULL OR a.audit_id < @BeforeId)
        ORDER BY a.audit_id DESC
        LIMIT @Limit
        """;

    public sealed class AuditRow
    {
        public long AuditId { get; init; }
        public long OccurredAtMs { get; init; }
        public string ActorKeyId { get; init; } = "";
        public string ActorRole { get; init; } = "";
        public string Action { get; init; } = "";
        public string ResourceType { get; init; } = "";
        public string ResourceId { get; init; } = "";
        public string? ProductId { get; init; }
        public string? Reason { get; init; }
        public string ChangesJson { get; init; } = "{}";

        public AuditEntryResponse ToResponse() => new(
            AuditId, DateTimeOffset.FromUnixTimeMilliseconds(OccurredAtMs).UtcDateTime, new AuditActorResponse(ActorKeyId, ActorRole),
            Action, ResourceType, ResourceId, ProductId, Reason, JsonSerializer.Deserialize<JsonElement>(ChangesJson));
    }
}
