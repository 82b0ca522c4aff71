using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Integrations.Erp;
namespace Backpack.Catalog.Api.Features.Admin.Erp;

/// <summary>One order event on its way to the ERP.</summary>
/// <param name="Sequence">The order version this event produced; the ERP receives an order's events in this order.</param>
/// <param name="State">pending (queued or being retried), delivered, or dead (gave up; re-drive it once the cause is fixed).</param>
/// <param name="Attempts">Delivery attempts so far; each may include a few quick retries inside it.</param>
/// <param name="NextAttemptAt">When a pending message is tried next.</param>
/// <param name="LastError">Why the latest failed attempt failed; kept after a later success, for the record.</param>
/// <param name="ErpReference">The ERP's own reference, when its answer carried one.</param>
public sealed record OutboxMessageResponse(
    [property: Identifier(Ids.Message)] string MessageId,
    [property: Identifier(Ids.Order)] string OrderId,
    [property: Range(1, int.MaxValue)] int Sequence,
    [property: OneOf(typeof(OrderOutbox), nameof(OrderOutbox.EventTypes))] string EventType,
    [property: OneOf(typeof(OrderOutbox), nameof(OrderOutbox.States))] string State,
    [property: Range(0, int.MaxValue)] int Attempts,
    DateTime? NextAttemptAt,
    [property: MaxLength(ErpClient.MaxErrorLength)] string? LastError,
    [property: MaxLength(ErpClient.MaxReferenceLength)] string? ErpReference,
    DateTime CreatedAt,
    DateTime? DeliveredAt)
{
    public static OutboxMessageResponse Example => new(
        DocumentExamples.MessageId, DocumentExamples.OrderId, 1, OrderOutbox.Placed, "delivered", 1, null, null, "ERP-SO-88213",
        DocumentExamples.PlacedAt, DocumentExamples.DeliveredAt);

    public static OutboxMessageResponse DeadExample => new(
        DocumentExamples.MessageId, DocumentExamples.OrderId, 1, OrderOutbox.Placed, "dead", 12, null, "The ERP answered 422 Unprocessable Entity.", null,
        DocumentExamples.PlacedAt, null);
}

public sealed class OutboxMessageRow
{
    public const string Select = """
        SELECT m.message_id, m.order_id, m.sequence, m.event_type, m.state, m.attempts, m.next_attempt_at_ms, m.last_error,
          m.erp_reference, m.created_at_ms, m.delivered_at_ms
        FROM outbox_messages m
        """;

    public string MessageId { get; init; } = "";
    public string OrderId { get; init; } = "";
    public int Sequence { get; init; }
    public string EventType { get; init; } = "";
    public string State { get; init; } = "";
    public int Attempts { get; init; }
    public long NextAttemptAtMs { get; init; }
    public string? LastError { get; init; }
    public string? ErpReference { get; init; }
    public long CreatedAtMs { get; init; }
    public long? DeliveredAtMs { get; init; }

    public OutboxMessageResponse ToResponse() => new(
        MessageId, OrderId, Sequence, EventType, State, Attempts,
        State == "pending" ? At(NextAttemptAtMs) : null, LastError, ErpReference, At(CreatedAtMs), DeliveredAtMs is { } d ? At(d) : null);

    private static DateTime At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}
