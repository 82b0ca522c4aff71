using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Webhooks;

/// <summary>A webhook endpoint as stored; deleted endpoints keep their row (and their deliveries) with disabled_at_ms set.</summary>
public sealed class WebhookEndpointRow
{
    public const string Select = """
        SELECT e.webhook_id, e.url, e.description, e.created_at_ms
        FROM webhook_endpoints e
        """;

    private const string SelectActive = Select + """

        WHERE e.webhook_id = @WebhookId AND e.distributor_id = @DistributorId AND e.disabled_at_ms IS NULL;
        """;

    public string WebhookId { get; init; } = "";
    public string Url { get; init; } = "";
    public string? Description { get; init; }
    public long CreatedAtMs { get; init; }

    /// <summary>The distributor's active endpoint; null for a malformed id, another distributor's endpoint or a deleted one.</summary>
    public static async Task<WebhookEndpointRow?> FindAsync(
        DbConnection connection, SqlDialect sql, string webhookId, string distributorId, DbTransaction? transaction = null) =>
        WebhookIds.IsWebhookId(webhookId)
            ? await connection.QuerySingleOrDefaultAsync<WebhookEndpointRow>(sql.Render(SelectActive),
                new { WebhookId = webhookId, DistributorId = distributorId }, transaction)
            : null;

    public WebhookResponse ToResponse() => new(WebhookId, Url, Description, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAtMs).UtcDateTime);
}

public sealed class WebhookDeliveryRow
{
    public const string Select = """
        SELECT d.delivery_id, d.webhook_id, d.event_id, d.event_type, d.order_id, d.state, d.attempts, d.next_attempt_at_ms,
               d.delivered_at_ms, d.last_status_code, d.last_error, d.created_at_ms
        FROM webhook_deliveries d
        """;

    private const string SelectOne = Select + """

        WHERE d.delivery_id = @DeliveryId AND d.webhook_id = @WebhookId;
        """;

    private const string SelectAttempts = """
        SELECT a.delivery_id, a.attempt, a.at_ms, a.status_code, a.duration_ms, a.error
        FROM webhook_attempts a
        WHERE a.delivery_id IN @DeliveryIds
        ORDER BY a.delivery_id, a.attempt;
        """;

    public string DeliveryId { get; init; } = "";
    public string WebhookId { get; init; } = "";
    public string EventId { get; init; } = "";
    public string EventType { get; init; } = "";
    public string? OrderId { get; init; }
    public string State { get; init; } = "";
    public int Attempts { get; init; }
    public long NextAttemptAtMs { get; init; }
    public long? DeliveredAtMs { get; init; }
    public int? LastStatusCode { get; init; }
    public string? LastError { get; init; }
    public long CreatedAtMs { get; init; }

    private sealed class AttemptRow
    {
        public string DeliveryId { get; init; } = "";
        public int Attempt { get; init; }
        public long AtMs { get; init; }
        public int? StatusCode { get; init; }
        public long DurationMs { get; init; }
        public string? Error { get; init; }
    }

    /// <summary>One delivery of the webhook with its attempts; null when the id is malformed or belongs to another webhook.</summary>
    public static async Task<WebhookDeliveryResponse?> FindAsync(DbConnection connection, SqlDialect sql, string webhookId, string deliveryId)
    {
        if (!WebhookIds.IsDeliveryId(deliveryId))
        {
            return null;
        }

        var row = await connection.QuerySingleOrDefaultAsync<WebhookDeliveryRow>(sql.Render(SelectOne), new { WebhookId = webhookId, DeliveryId = deliveryId });
        return row is null ? null : (await WithAttemptsAsync(connection, sql, [row]))[0];
    }

    /// <summary>The rows as responses, in the same order, each with its attempts (one query for all of them).</summary>
    public static async Task<IReadOnlyList<WebhookDeliveryResponse>> WithAttemptsAsync(DbConnection connection, SqlDialect sql, IReadOnlyList<WebhookDeliveryRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var attempts = (await connection.QueryAsync<AttemptRow>(sql.Render(SelectAttempts), new { DeliveryIds = rows.Select(r => r.DeliveryId).ToList() }))
            .ToLookup(a => a.DeliveryId, a => new WebhookAttemptResponse(a.Attempt, Utc(a.AtMs), a.StatusCode, a.DurationMs, a.Error), StringComparer.Ordinal);
        return rows.Select(r => r.ToResponse(attempts[r.DeliveryId].TakeLast(WebhookDeliveryResponse.MaxAttemptsShown).ToList())).ToList();
    }

    private WebhookDeliveryResponse ToResponse(IReadOnlyList<WebhookAttemptResponse> attempts) => new(
        DeliveryId, WebhookId, EventId, EventType, OrderId, State, Attempts,
        State == "pending" ? Utc(NextAttemptAtMs) : null,
        State == "delivered" && DeliveredAtMs is { } delivered ? Utc(delivered) : null,
        LastStatusCode, LastError, Utc(CreatedAtMs), attempts);

    private static DateTime Utc(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}
