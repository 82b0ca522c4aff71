using System.Data.Common;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Webhooks;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>
/// Writes order events into the outbox inside the caller's transaction: if the order change commits, so does its
/// message, and if it rolls back, no message exists. Each event is numbered by the order version it produced. The same
/// transaction queues the event for the distributor's webhooks.
/// </summary>
public static class OrderOutbox
{
    /// <summary>Outbox message ids: msg_ and 32 hex digits of a time-ordered UUID.</summary>
    public const string MessageIdPattern = "^msg_[0-9a-f]{32}$";

    /// <summary>A message's delivery state (the outbox table's CHECK allows these): queued, accepted by the ERP, or given up on.</summary>
    public static readonly IReadOnlyList<string> States = ["pending", "delivered", "dead"];

    public const string Placed = "order.placed";
    public const string StatusChanged = "order.status_changed";
    public const string DesignUpdated = "order.design_updated";
    public const string PaymentRecorded = "order.payment_recorded";
    public const string InspectionUpdated = "order.inspection_updated";
    public const string ShipmentUpdated = "order.shipment_updated";

    public static readonly IReadOnlyList<string> EventTypes = [Placed, StatusChanged, DesignUpdated, PaymentRecorded, InspectionUpdated, ShipmentUpdated];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string InsertMessage = """
        INSERT INTO outbox_messages (message_id, order_id, sequence, event_type, payload, state, attempts, next_attempt_at_ms, created_at_ms)
        VALUES (@MessageId, @OrderId, @Sequence, @EventType, @Payload, 'pending', 0, @NowMs, @NowMs);
        """;

    /// <summary>
    /// The event a status change or an artwork approval step publishes: enough for the ERP to apply it without reading the order back.
    /// Step and design are null for a plain status change; shipment names the shipment a shipment step, or the status change it made, concerns.
    /// </summary>
    public sealed record StatusChangedEvent(
        string OrderId,
        int Sequence,
        string Status,
        string? From,
        DateTime At,
        ActorResponse Actor,
        string? Note,
        string? Step,
        string? Design,
        int? Shipment);

    public static Task EnqueuePlacedAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, OrderRow order, string orderJson) =>
        EnqueueAsync(connection, transaction, sql, order.OrderId, order.Version, Placed, orderJson, order.CreatedAtMs);

    public static Task EnqueueStatusChangedAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, StatusChangeRow change) =>
        EnqueueAsync(connection, transaction, sql, change.OrderId, change.Sequence,
            change.Step == Artwork.DesignSteps.PaymentRecorded ? PaymentRecorded
            : Artwork.DesignSteps.IsInspection(change.Step) ? InspectionUpdated
            : Artwork.DesignSteps.IsShipment(change.Step) ? ShipmentUpdated
            : change.FromStatus == change.ToStatus ? DesignUpdated : StatusChanged,
            JsonSerializer.Serialize(new StatusChangedEvent(change.OrderId, change.Sequence, change.ToStatus, change.FromStatus,
                DateTimeOffset.FromUnixTimeMilliseconds(change.AtMs).UtcDateTime, new ActorResponse(change.ActorRole, change.ActorKeyId), change.Note,
                change.Step, change.Design, change.Shipment), Json),
            change.AtMs);

    private static async Task EnqueueAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, string orderId, int sequence, string eventType, string payload, long nowMs)
    {
        var messageId = "msg_" + Guid.CreateVersion7().ToString("N");
        await connection.ExecuteAsync(sql.Render(InsertMessage), new
        {
            MessageId = messageId, OrderId = orderId, Sequence = sequence, EventType = eventType, Payload = payload, NowMs = nowMs,
        }, transaction);
        await WebhookFanOut.EnqueueAsync(connection, transaction, sql, messageId, orderId, eventType, payload, nowMs);
    }
}
