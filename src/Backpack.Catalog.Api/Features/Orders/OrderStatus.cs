using System.Collections.Frozen;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>
/// The order lifecycle: (awaiting_artwork →) submitted → confirmed → in_production → ready_to_ship → (partially_shipped →) shipped →
/// delivered, with cancelled (before production) and rejected (before confirmation) as ends. An order served wholly from stock
/// may skip production. Partially shipped, shipped and delivered follow the order's shipments: the first when some of its goods have
/// departed, the second when all have, the third when every shipment is delivered; stock lines may ship while the rest is made. A customised order starts in awaiting_artwork and becomes submitted by itself when the last of its
/// designs is approved; until then it may only be cancelled or rejected. Reserved stock is released on cancelled or rejected and leaves the
/// warehouse with each shipment that carries it.
/// </summary>
public static class OrderStatus
{
    public const string AwaitingArtwork = "awaiting_artwork";
    public const string Submitted = "submitted";
    public const string Confirmed = "confirmed";
    public const string InProduction = "in_production";
    public const string ReadyToShip = "ready_to_ship";
    public const string PartiallyShipped = "partially_shipped";
    public const string Shipped = "shipped";
    public const string Delivered = "delivered";
    public const string Cancelled = "cancelled";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [AwaitingArtwork, Submitted, Confirmed, InProduction, ReadyToShip, PartiallyShipped, Shipped, Delivered, Cancelled, Rejected];

    public static readonly FrozenDictionary<string, string[]> Next = new Dictionary<string, string[]>
    {
        [AwaitingArtwork] = [Submitted, Rejected, Cancelled],
        [Submitted] = [Confirmed, Rejected, Cancelled],
        [Confirmed] = [InProduction, ReadyToShip, Cancelled],
        [InProduction] = [ReadyToShip, PartiallyShipped, Shipped],
        [ReadyToShip] = [PartiallyShipped, Shipped],
        [PartiallyShipped] = [Shipped],
        [Shipped] = [Delivered],
        [Delivered] = [],
        [Cancelled] = [],
        [Rejected] = [],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsKnown(string? status) => status is not null && Next.ContainsKey(status);

    public static bool CanMove(string from, string to) => Next.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>What waits for every design's approval: any move out of awaiting_artwork other than ending the order.</summary>
    public static bool WaitsForArtwork(string from, string to) => from == AwaitingArtwork && to is not (Cancelled or Rejected);

    /// <summary>What waits for an approved pre-production sample, when the order asked for one: starting production, or shipping without it.</summary>
    public static bool StartsProduction(string from, string to) => from == Confirmed && to is InProduction or ReadyToShip;

    /// <summary>While the distributor may still cancel.</summary>
    public static bool IsCancellable(string status) => status is AwaitingArtwork or Submitted or Confirmed;

    public static bool ReleasesReservation(string to) => to is Cancelled or Rejected;

    /// <summary>The statuses the order's shipments set, which no one sets by hand.</summary>
    public static bool FollowsShipments(string to) => to is PartiallyShipped or Shipped or Delivered;

    /// <summary>When a shipment may be booked: once the order is confirmed, until all of it has gone.</summary>
    public static bool TakesShipments(string status) => status is Confirmed or InProduction or ReadyToShip or PartiallyShipped;

    /// <summary>When a booked shipment may depart: once work has started, which the deposit (and a pre-production sample) gated.</summary>
    public static bool ShipsGoods(string status) => status is InProduction or ReadyToShip or PartiallyShipped;

    public static string Describe() => string.Join(", ", All);
}
