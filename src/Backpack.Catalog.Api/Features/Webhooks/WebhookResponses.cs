using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Integrations.Webhooks;
namespace Backpack.Catalog.Api.Features.Webhooks;

/// <summary>A registered webhook endpoint. The signing secret is never shown again after registration.</summary>
/// <param name="Id">whk_ and 32 hex digits.</param>
/// <param name="Url">Where events are POSTed.</param>
public sealed record WebhookResponse(
    [property: Identifier(Ids.Webhook)] string Id,
    [property: MaxLength(WebhookUrl.MaxLength), DataType(DataType.Url)] string Url,
    [property: MaxLength(CreateWebhook.CreateWebhookRequest.MaxDescriptionLength)] string? Description,
    DateTime CreatedAt)
{
    public static WebhookResponse Example => new("whk_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", "https://erp.nairobi-outfitters.example/hooks/backpack",
        "ERP order sync", DocumentExamples.PlacedAt);
}

/// <summary>One attempt to deliver an event.</summary>
/// <param name="Attempt">1 for the first attempt; numbering continues across redeliveries.</param>
/// <param name="At">When the request was sent (its Backpack-Webhook-Timestamp).</param>
/// <param name="StatusCode">The receiver's status code; null when it did not answer (timeout, connection failure).</param>
/// <param name="DurationMs">How long the receiver took to answer, or until the attempt gave up.</param>
/// <param name="Error">Why the attempt failed; null for a 2xx answer.</param>
public sealed record WebhookAttemptResponse(
    [property: Range(1, int.MaxValue)] int Attempt,
    DateTime At,
    [property: Range(100, 999)] int? StatusCode,
    [property: Range(typeof(long), "0", "9223372036854775807")] long DurationMs,
    [property: MaxLength(WebhookSender.MaxErrorLength)] string? Error);

/// <summary>One event on its way to one endpoint, with every attempt so far.</summary>
/// <param name="Id">whd_ and 32 hex digits; newer deliveries have greater ids.</param>
/// <param name="EventId">The body's id and the Backpack-Webhook-Id header: the same for every endpoint and every attempt, so receivers deduplicate by it.</param>
/// <param name="EventType">order.placed, order.status_changed or webhook.ping.</param>
/// <param name="OrderId">The order the event is about; null for pings.</param>
/// <param name="State">pending (queued or between attempts), delivered (a 2xx answer) or failed (attempts exhausted, or the webhook was deleted).</param>
/// <param name="AttemptCount">Attempts made so far.</param>
/// <param name="NextAttemptAt">When the next attempt is due; null unless pending.</param>
/// <param name="DeliveredAt">When the receiver answered 2xx; null unless delivered.</param>
/// <param name="Attempts">Every attempt, oldest first.</param>
public sealed record WebhookDeliveryResponse(
    [property: Identifier(Ids.Delivery)] string Id,
    [property: Identifier(Ids.Webhook)] string WebhookId,
    [property: Identifier(Ids.Event)] string EventId,
    [property: OneOf(typeof(WebhookEnvelope), nameof(WebhookEnvelope.EventTypes))] string EventType,
    [property: Identifier(Ids.Order)] string? OrderId,
    [property: OneOf(typeof(ListDeliveries.ListDeliveriesRequest), nameof(ListDeliveries.ListDeliveriesRequest.States))] string State,
    [property: Range(0, int.MaxValue)] int AttemptCount,
    DateTime? NextAttemptAt,
    DateTime? DeliveredAt,
    [property: Range(100, 999)] int? LastStatusCode,
    [property: MaxLength(WebhookSender.MaxErrorLength)] string? LastError,
    DateTime CreatedAt,
    [property: MaxLength(WebhookDeliveryResponse.MaxAttemptsShown)] IReadOnlyList<WebhookAttemptResponse> Attempts)
{
    public static WebhookDeliveryResponse Example => new(
        "whd_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", "whk_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", "evt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c",
        OrderOutbox.Placed, DocumentExamples.OrderId, "delivered", 1, null, DocumentExamples.DeliveredAt, 200, null, DocumentExamples.PlacedAt,
        [new WebhookAttemptResponse(1, DocumentExamples.DeliveredAt, 200, 184, null)]);

    /// <summary>A delivery lists its latest attempts up to this many; redeliveries can add more than any reader needs.</summary>
    public const int MaxAttemptsShown = 100;
}
