using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>The reads and writes of an order's shipments, inside the caller's transaction.</summary>
public static class ShipmentStore
{
    private const string Columns = """
        s.order_id, s.number, s.status, s.mode, s.carrier, s.document_number, s.containers_json, s.vessel, s.voyage, s.port_of_loading,
        s.port_of_discharge, s.etd, s.eta, s.departed_on, s.arrived_on, s.delivered_on, s.cancelled_on, s.note, s.cartons, s.net_grams,
        s.gross_grams, s.volume_cm3, s.goods_minor, s.booked_at_ms, s.updated_at_ms
        """;

    /// <summary>An order's shipments and then their lines, in the multi-result read of a whole order.</summary>
    public const string SelectOfOrder = "SELECT " + Columns + "\nFROM order_shipments s WHERE s.order_id = @OrderId ORDER BY s.number;\n" + """
        SELECT sl.order_id, sl.number, sl.line_number, sl.quantity, sl.cartons, sl.net_grams, sl.gross_grams, sl.volume_cm3, sl.goods_minor
        FROM order_shipment_lines sl WHERE sl.order_id = @OrderId ORDER BY sl.number, sl.line_number;
        """;

    private const string InsertShipment = """
        INSERT INTO order_shipments (
          order_id, number, status, mode, carrier, document_number, containers_json, vessel, voyage, port_of_loading, port_of_discharge,
          etd, eta, note, cartons, net_grams, gross_grams, volume_cm3, goods_minor, booked_at_ms, updated_at_ms)
        VALUES (
          @OrderId, @Number, @Status, @Mode, @Carrier, @DocumentNumber, @ContainersJson, @Vessel, @Voyage, @PortOfLoading, @PortOfDischarge,
          @Etd, @Eta, @Note, @Cartons, @NetGrams, @GrossGrams, @VolumeCm3, @GoodsMinor, @BookedAtMs, @UpdatedAtMs);
        """;

    private const string InsertLine = """
        INSERT INTO order_shipment_lines (order_id, number, line_number, quantity, cartons, net_grams, gross_grams, volume_cm3, goods_minor)
        VALUES (@OrderId, @Number, @LineNumber, @Quantity, @Cartons, @NetGrams, @GrossGrams, @VolumeCm3, @GoodsMinor);
        """;

    private const string UpdateStep = """
        UPDATE order_shipments SET status = @Status, document_number = @DocumentNumber, containers_json = @ContainersJson, vessel = @Vessel,
          voyage = @Voyage, eta = @Eta, departed_on = @DepartedOn, arrived_on = @ArrivedOn, delivered_on = @DeliveredOn,
          cancelled_on = @CancelledOn, updated_at_ms = @UpdatedAtMs
        WHERE order_id = @OrderId AND number = @Number AND status = @From;
        """;

    private const string CancelBooked = """
        UPDATE order_shipments SET status = 'cancelled', cancelled_on = @Today, updated_at_ms = @NowMs
        WHERE order_id = @OrderId AND status = 'booked';
        """;

    private const string ShipStock = """
        UPDATE variants SET stock_reserved = stock_reserved - @Quantity, stock_on_hand = stock_on_hand - @Quantity, version = version + 1
        WHERE sku = @Sku;
        """;

    /// <summary>Reads the two results of <see cref="SelectOfOrder"/>, each shipment with its lines.</summary>
    public static async Task<IReadOnlyList<ShipmentRow>> ReadAsync(SqlMapper.GridReader results)
    {
        var shipments = (await results.ReadAsync<ShipmentRow>()).AsList();
        var lines = (await results.ReadAsync<ShipmentLineRow>()).ToLookup(l => l.Number);
        foreach (var shipment in shipments)
        {
            shipment.Lines = lines[shipment.Number].ToList();
        }

        return shipments;
    }

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, ShipmentRow shipment)
    {
        await connection.ExecuteAsync(sql.Render(InsertShipment), shipment, transaction);
        await connection.ExecuteAsync(sql.Render(InsertLine), shipment.Lines, transaction);
    }

    /// <summary>Saves a step; false when the shipment had left <paramref name="from"/> under a request that committed first.</summary>
    public static async Task<bool> SaveStepAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, ShipmentRow shipment, string from) =>
        await connection.ExecuteAsync(sql.Render(UpdateStep), new
        {
            shipment.OrderId, shipment.Number, shipment.Status, shipment.DocumentNumber, shipment.ContainersJson, shipment.Vessel, shipment.Voyage,
            shipment.Eta, shipment.DepartedOn, shipment.ArrivedOn, shipment.DeliveredOn, shipment.CancelledOn, shipment.UpdatedAtMs, From = from,
        }, transaction) == 1;

    /// <summary>An order that ends before its goods go cancels the bookings it had.</summary>
    public static Task CancelBookedAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, string orderId, DateTimeOffset now) =>
        connection.ExecuteAsync(sql.Render(CancelBooked), new
        {
            OrderId = orderId, Today = DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            NowMs = now.ToUnixTimeMilliseconds(),
        }, transaction);

    /// <summary>Takes the units that leave with a shipment out of stock on hand and out of the order's reservation.</summary>
    public static Task ShipStockAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, IEnumerable<(string Sku, int Quantity)> taken) =>
        connection.ExecuteAsync(sql.Render(ShipStock), taken.Where(t => t.Quantity > 0).OrderBy(t => t.Sku, StringComparer.Ordinal)
            .Select(t => new { t.Sku, t.Quantity }).ToList(), transaction);
}
