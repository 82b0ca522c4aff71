namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>How far an order's goods have gone, from its shipments: what the order status follows and what the payment gate weighs.</summary>
public static class ShipmentProgress
{
    /// <summary>Units of a line in shipments that have departed (or arrived, or been delivered).</summary>
    public static int Gone(IEnumerable<ShipmentRow> shipments, int line) =>
        ShipmentPlanner.LinesOf(shipments, line, ShipmentStatuses.HasGoneOut).Sum(l => l.Quantity);

    /// <summary>The order's status once <paramref name="departing"/> has gone too: shipped when every unit has, partially_shipped otherwise.</summary>
    public static string StatusAfterDeparture(IReadOnlyList<OrderLineRow> lines, IReadOnlyList<ShipmentRow> shipments, ShipmentRow departing) =>
        lines.All(line => Gone(shipments, line.LineNumber) + departing.Lines.Where(l => l.LineNumber == line.LineNumber).Sum(l => l.Quantity) == line.Quantity)
            ? OrderStatus.Shipped
            : OrderStatus.PartiallyShipped;

    /// <summary>The goods' value gone once <paramref name="departing"/> has, out of the order's goods.</summary>
    public static Payments.ShippedShare ShareAfterDeparture(IReadOnlyList<OrderLineRow> lines, IReadOnlyList<ShipmentRow> shipments, ShipmentRow departing) =>
        new(shipments.Where(s => ShipmentStatuses.HasGoneOut(s.Status)).Sum(s => s.GoodsMinor) + departing.GoodsMinor, lines.Sum(ShipmentPlanner.ValueOf));

    /// <summary>The units of each SKU that leave the warehouse with <paramref name="departing"/>: a line's reserved stock goes out first.</summary>
    public static IEnumerable<(string Sku, int Quantity)> StockTaken(IReadOnlyList<OrderLineRow> lines, IReadOnlyList<ShipmentRow> shipments, ShipmentRow departing) =>
        departing.Lines.Select(l =>
        {
            var line = lines.Single(o => o.LineNumber == l.LineNumber);
            var before = Gone(shipments, l.LineNumber);
            return (line.Sku, Math.Min(before + l.Quantity, line.ReservedFromStock) - Math.Min(before, line.ReservedFromStock));
        });

    /// <summary>True when every unit has gone and every shipment that holds units is delivered.</summary>
    public static bool AllDelivered(IReadOnlyList<OrderLineRow> lines, IReadOnlyList<ShipmentRow> shipments) =>
        lines.All(line => Gone(shipments, line.LineNumber) == line.Quantity)
        && shipments.Where(s => ShipmentStatuses.Holds(s.Status)).All(s => s.Status == ShipmentStatuses.Delivered);
}
