using Backpack.Catalog.Api.Features.Orders.Shipments;

namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>
/// What of an order-level amount (setup fees, freight, insurance, the inspection) each shipment's commercial invoice carries, by the goods it
/// carries, counted cumulatively: the shipments that have gone, in the order they departed, then the booked ones by number. A shipment's share
/// is the rounded amount at the goods up to and including it less the rounded amount at the goods before it, so no share is negative, the
/// shares add up to the whole amount once every unit is in a shipment, and a shipment that has departed keeps its share whatever is booked
/// or cancelled after it.
/// </summary>
public sealed class ChargeShares(IReadOnlyList<OrderLineRow> lines, IReadOnlyList<ShipmentRow> shipments)
{
    private readonly List<ShipmentRow> _order = shipments.Where(s => ShipmentStatuses.Holds(s.Status))
        .OrderBy(s => ShipmentStatuses.HasGoneOut(s.Status) ? 0 : 1).ThenBy(s => s.DepartedOn, StringComparer.Ordinal).ThenBy(s => s.Number).ToList();

    private readonly long _goods = lines.Sum(ShipmentPlanner.ValueOf);

    public long Of(long amount, ShipmentRow shipment)
    {
        var before = _order.TakeWhile(s => s.Number != shipment.Number).Sum(s => s.GoodsMinor);
        return Rounded(amount, before + shipment.GoodsMinor) - Rounded(amount, before);
    }

    private long Rounded(long amount, long goods) =>
        _goods == 0 ? 0 : (long)decimal.Round((decimal)amount * goods / _goods, 0, MidpointRounding.AwayFromZero);
}
