using Backpack.Catalog.Api.Features.Orders.Shipments;

namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>
/// What of an order-level amount (setup fees, freight, insurance, the inspection) each shipment's commercial invoice carries: its share by the
/// goods it carries, rounded half away from zero; once every unit is booked, the last shipment takes what the others' rounding left, so the
/// commercial invoices add up to the order total to the cent.
/// </summary>
public sealed class ChargeShares(IReadOnlyList<OrderLineRow> lines, IReadOnlyList<ShipmentRow> shipments)
{
    private readonly List<ShipmentRow> _holding = shipments.Where(s => ShipmentStatuses.Holds(s.Status)).OrderBy(s => s.Number).ToList();
    private readonly long _goods = lines.Sum(ShipmentPlanner.ValueOf);
    private readonly bool _allBooked = lines.All(l => ShipmentPlanner.Booked(shipments, l.LineNumber) == l.Quantity);

    public long Of(long amount, ShipmentRow shipment) =>
        _allBooked && shipment.Number == _holding[^1].Number
            ? amount - _holding.Where(s => s.Number != shipment.Number).Sum(s => Rounded(amount, s))
            : Rounded(amount, shipment);

    private long Rounded(long amount, ShipmentRow shipment) =>
        _goods == 0 ? 0 : (long)decimal.Round((decimal)amount * shipment.GoodsMinor / _goods, 0, MidpointRounding.AwayFromZero);
}
