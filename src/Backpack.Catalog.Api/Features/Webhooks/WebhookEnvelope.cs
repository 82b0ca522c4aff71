using System.Buffers;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;

namespace Backpack.Catalog.Api.Features.Webhooks;

/// <summary>
/// The body every event is POSTed with: <c>{"id","type","createdAt","data"}</c>. It is built once, when the event is
/// queued, and sent byte for byte on every attempt, so a signature always covers exactly what was stored.
/// </summary>
public static class WebhookEnvelope
{
    public const string Ping = "webhook.ping";

    /// <summary>Every event type a receiver gets.</summary>
    public static readonly IReadOnlyList<string> EventTypes = [.. OrderOutbox.EventTypes, Ping];

    /// <param name="dataJson">The event's data as JSON text; embedded as it is, never re-serialised.</param>
    public static string Build(string eventId, string eventType, DateTimeOffset createdAt, string dataJson)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", eventId);
            writer.WriteString("type", eventType);
            writer.WriteString("createdAt", createdAt.UtcDateTime);
            writer.WritePropertyName("data");
            writer.WriteRawValue(dataJson);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
