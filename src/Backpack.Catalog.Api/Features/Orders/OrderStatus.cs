using System.Collections.Frozen;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>
/// The order lifecycle: (awaiting_artwork →) submitted → confirmed → in_production → ready_to_ship → shipped → delivered, with
/// cancelled (before production) and rejected (before confirmation) as ends. An order served wholly from stock
/// may skip production. A customised order starts in awaiting_artwork and becomes submitted by itself when the last of its
/// designs is approved; until then it may only be cancelled or rejected. Reserved stock is released on cancelled or rejected and leaves the warehouse on shipped.
/// </summary>
public static class OrderStatus
{
    public const string AwaitingArtwork = "awaiting_artwork";
    public const string Submitted = "submitted";
    public const string Confirmed = "confirmed";
    public const string InProduction = "in_production";
    public const string ReadyToShip = "ready_to_ship";
    public const string Shipped = "shipped";
    public const string Delivered = "delivered";
    public const string Cancelled = "cancelled";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [AwaitingArtwork, Submitted, Confirmed, InProduction, ReadyToShip, Shipped, Delivered, Cancelled, Rejected];

    public static readonly FrozenDictionary<string, string[]> Next = new Dictionary<string, string[]>
    {
        [AwaitingArtwork] = [Submitted, Rejected, Cancelled],
        [Submitted] = [Confirmed, Rejected, Cancelled],
        [Confirmed] = [InProduction, ReadyToShip, Cancelled],
        [InProduction] = [ReadyToShip],
        [ReadyToShip] = [Shipped],
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

    public static bool ConsumesReservation(string to) => to == Shipped;

    public static string Describe() => string.Join(", ", All);
}
