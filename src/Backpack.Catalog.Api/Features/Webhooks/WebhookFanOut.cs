using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Webhooks;

/// <summary>
/// Queues an order event for every active endpoint of the order's distributor, in the transaction that writes the
/// event to the outbox: a committed order change always has its deliveries, and a rolled-back one never does.
/// </summary>
public static class WebhookFanOut
{
    // One statement for any number of endpoints, so each row's id gets its random tail from the database.
    internal const string InsertDeliveriesSqlite = """
        INSERT INTO webhook_deliveries (delivery_id, webhook_id, event_id, event_type, order_id, payload, state, attempts, next_attempt_at_ms, created_at_ms)
        SELECT @DeliveryIdPrefix || lower(hex(randomblob(6))), e.webhook_id, @EventId, @EventType, o.order_id, @Payload, 'pending', 0, @NowMs, @NowMs
        FROM webhook_endpoints e
        JOIN orders o ON o.distributor_id = e.distributor_id
        WHERE o.order_id = @OrderId AND e.disabled_at_ms IS NULL;
        """;

    internal const string InsertDeliveriesSqlServer = """
        INSERT INTO webhook_deliveries (delivery_id, webhook_id, event_id, event_type, order_id, payload, state, attempts, next_attempt_at_ms, created_at_ms)
        SELECT @DeliveryIdPrefix + LOWER(RIGHT(CONVERT(NCHAR(36), NEWID()), 12)), e.webhook_id, @EventId, @EventType, o.order_id, @Payload, 'pending', 0, @NowMs, @NowMs
        FROM webhook_endpoints e
        JOIN orders o ON o.distributor_id = e.distributor_id
        WHERE o.order_id = @OrderId AND e.disabled_at_ms IS NULL;
        """;

    public static async Task EnqueueAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, string outboxMessageId, string orderId, string eventType,
        string data, long nowMs)
    {
        var eventId = WebhookIds.EventIdOf(outboxMessageId);
        await connection.ExecuteAsync(sql.Pick(InsertDeliveriesSqlite, InsertDeliveriesSqlServer), new
        {
            DeliveryIdPrefix = WebhookIds.NewDeliveryIdPrefix(), EventId = eventId, EventType = eventType, OrderId = orderId,
            Payload = WebhookEnvelope.Build(eventId, eventType, DateTimeOffset.FromUnixTimeMilliseconds(nowMs), data), NowMs = nowMs,
        }, transaction);
    }
}
