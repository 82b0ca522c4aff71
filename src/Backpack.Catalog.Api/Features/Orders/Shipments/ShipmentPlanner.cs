using System.Data.Common;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>One line of a booking: how many units of an order line go.</summary>
public sealed record ShipmentLineAsked(int Line, int Quantity);

/// <summary>A booking line that cannot go: unknown_line, or quantity_exceeds_remaining with what is left to ship.</summary>
/// <param name="Field">The JSON path of the value that broke it, e.g. lines[0].quantity.</param>
public sealed record ShipmentViolation(string Field, int? Line, string? Sku, string Code, string Message, int? Ordered, int? Booked, int? Remaining);

/// <summary>
/// Plans a booking: each line's units must still be unbooked (every shipment but a cancelled one holds its units), and are packed as the
/// catalogue packs the SKU today, in master cartons (loose for samples), and valued at the line's unit price with its customisation. The
/// shipment that takes a line's last units takes what rounding left, so a line's shipments add up to the line to the cent.
/// </summary>
public static class ShipmentPlanner
{
    private const string SelectPacking = """
        SELECT v.sku, v.carton_size, p.weight_grams, v.carton_length_cm, v.carton_width_cm, v.carton_height_cm, v.carton_gross_weight_g
        FROM variants v JOIN products p ON p.product_id = v.product_id
        WHERE v.sku IN @Skus;
        """;

    private sealed class PackingRow
    {
        public string Sku { get; init; } = "";
        public int CartonSize { get; init; }
        public int WeightGrams { get; init; }
        public int? CartonLengthCm { get; init; }
        public int? CartonWidthCm { get; init; }
        public int? CartonHeightCm { get; init; }
        public int? CartonGrossWeightG { get; init; }

        public CartonPacking? Packing => CartonPacking.Of(CartonLengthCm, CartonWidthCm, CartonHeightCm, CartonGrossWeightG);
    }

    /// <summary>A line's goods and customisation, as the order was priced.</summary>
    public static long ValueOf(OrderLineRow line) =>
        line.LineTotalMinor + (OrderCustomizations.Load<OrderLineCustomization>(line.CustomizationsJson).Sum(c => c.UnitSurchargeMinor) * line.Quantity);

    /// <summary>Units of a line held by shipments other than cancelled ones.</summary>
    public static int Booked(IReadOnlyList<ShipmentRow> shipments, int line) => LinesOf(shipments, line, ShipmentStatuses.Holds).Sum(l => l.Quantity);

    /// <summary>A line's entries in the shipments whose status passes <paramref name="status"/>.</summary>
    public static IEnumerable<ShipmentLineRow> LinesOf(IEnumerable<ShipmentRow> shipments, int line, Func<string, bool> status) =>
        shipments.Where(s => status(s.Status)).SelectMany(s => s.Lines).Where(l => l.LineNumber == line);

    public static IReadOnlyList<ShipmentViolation> Check(IReadOnlyList<OrderLineRow> lines, IReadOnlyList<ShipmentRow> shipments, IReadOnlyList<ShipmentLineAsked> asked)
    {
        var violations = new List<ShipmentViolation>();
        foreach (var (item, index) in asked.Select((a, i) => (a, i)))
        {
            var line = lines.FirstOrDefault(l => l.LineNumber == item.Line);
            if (line is null)
            {
                violations.Add(new($"lines[{index}].line", item.Line, null, "unknown_line", $"The order has no line {item.Line}: its lines are 1 to {lines.Count}.", null, null, null));
                continue;
            }

            var booked = Booked(shipments, line.LineNumber);
            var remaining = line.Quantity - booked;
            if (item.Quantity > remaining)
            {
                violations.Add(new($"lines[{index}].quantity", item.Line, line.Sku, "quantity_exceeds_remaining", remaining == 0
                    ? $"Line {line.LineNumber} ({line.Sku}) is booked in full: all {line.Quantity:N0} units are in shipments already."
                    : $"Line {line.LineNumber} ({line.Sku}) has {remaining:N0} of its {line.Quantity:N0} units left to ship; {item.Quantity:N0} were asked.",
                    line.Quantity, booked, remaining));
            }
        }

        return violations;
    }

    /// <summary>The shipment's lines, packed and valued; call after <see cref="Check"/> found nothing.</summary>
    public static async Task<List<ShipmentLineRow>> PackAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, IReadOnlyList<OrderLineRow> lines, IReadOnlyList<ShipmentRow> shipments,
        IReadOnlyList<ShipmentLineAsked> asked, string orderId, int number)
    {
        var ordered = asked.Select(a => lines.Single(l => l.LineNumber == a.Line)).ToList();
        var packing = (await connection.QueryAsync<PackingRow>(sql.Render(SelectPacking), new { Skus = ordered.Select(l => l.Sku).Distinct().ToList() }, transaction))
            .ToDictionary(p => p.Sku, StringComparer.Ordinal);
        return asked.Zip(ordered, (item, line) =>
        {
            var sku = packing[line.Sku];
            var packed = new CostedLine(line.LineNumber, line.Sku, item.Quantity, line.OriginCountry ?? "", line.HsCode ?? "", 0, 0m,
                sku.CartonSize, sku.WeightGrams, sku.Packing, default, line.Sample);
            return new ShipmentLineRow
            {
                OrderId = orderId, Number = number, LineNumber = line.LineNumber, Quantity = item.Quantity, Cartons = packed.Cartons,
                NetGrams = packed.NetGrams, GrossGrams = packed.GrossGrams, VolumeCm3 = packed.VolumeCm3,
                GoodsMinor = GoodsOf(line, shipments, item.Quantity),
            };
        }).OrderBy(l => l.LineNumber).ToList();
    }

    private static long GoodsOf(OrderLineRow line, IReadOnlyList<ShipmentRow> shipments, int quantity)
    {
        var value = ValueOf(line);
        var held = LinesOf(shipments, line.LineNumber, ShipmentStatuses.Holds).ToList();
        return held.Sum(l => l.Quantity) + quantity == line.Quantity
            ? value - held.Sum(l => l.GoodsMinor)
            : (long)decimal.Round((decimal)value * quantity / line.Quantity, 0, MidpointRounding.AwayFromZero);
    }
}
