using System.Text.RegularExpressions;

namespace Backpack.Catalog.Api.Features.Webhooks;

/// <summary>
/// Ids are a prefix and 32 hex digits of a time-ordered UUID, so sorting by id sorts by creation. An event's id is its
/// outbox message's id under the evt_ prefix: every endpoint of a distributor gets the same event id for one event.
/// </summary>
public static partial class WebhookIds
{
    public const string WebhookIdPattern = "^whk_[0-9a-f]{32}$";
    public const string DeliveryIdPattern = "^whd_[0-9a-f]{32}$";
    public const string EventIdPattern = "^evt_[0-9a-f]{32}$";

    /// <summary>Every id here: a four-character prefix and 32 hex digits.</summary>
    public const int IdLength = 36;

    private const string MessagePrefix = "msg_";

    public static string NewWebhookId() => "whk_" + Guid.CreateVersion7().ToString("N");

    public static string NewDeliveryId() => "whd_" + Guid.CreateVersion7().ToString("N");

    /// <summary>The time-ordered first 20 hex digits of delivery ids made in SQL, which appends 12 random ones per endpoint.</summary>
    public static string NewDeliveryIdPrefix() => NewDeliveryId()[..24];

    public static string NewEventId() => "evt_" + Guid.CreateVersion7().ToString("N");

    public static string EventIdOf(string outboxMessageId) =>
        outboxMessageId.StartsWith(MessagePrefix, StringComparison.Ordinal)
            ? "evt_" + outboxMessageId[MessagePrefix.Length..]
            : throw new ArgumentException($"{outboxMessageId} is not an outbox message id.", nameof(outboxMessageId));

    public static bool IsWebhookId(string id) => WebhookIdShape().IsMatch(id);

    public static bool IsDeliveryId(string id) => DeliveryIdShape().IsMatch(id);

    [GeneratedRegex(WebhookIdPattern)]
    private static partial Regex WebhookIdShape();

    [GeneratedRegex(DeliveryIdPattern)]
    private static partial Regex DeliveryIdShape();
}
