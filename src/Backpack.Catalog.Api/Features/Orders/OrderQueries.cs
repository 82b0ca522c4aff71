using System.Data.Common;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.Inspections;
using Backpack.Catalog.Api.Features.Orders.Payments;
using Backpack.Catalog.Api.Features.Orders.PreProductionSamples;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>Reads one order whole. A distributor scope makes another distributor's order look absent (404, never 403).</summary>
public static class OrderQueries
{
    private const string SelectOrder = "SELECT " + OrderRow.Columns + """

        FROM orders o
        WHERE o.order_id = @OrderId AND (@DistributorId IS NULL OR o.distributor_id = @DistributorId);
        """;

    /// <summary>An order's status history, oldest first.</summary>
    public const string SelectHistory = """
        SELECT h.order_id, h.sequence, h.from_status, h.to_status, h.actor_role, h.actor_key_id, h.note, h.at_ms, h.step, h.design, h.shipment
        FROM order_status_history h
        WHERE h.order_id = @OrderId
        ORDER BY h.sequence;
        """;

    private const string SelectLinesAndHistory = """
        SELECT l.order_id, l.line_number, l.sku, l.product_id, l.sample, l.quantity, l.tier_min_quantity, l.unit_price_usd_cents,
          l.unit_price_minor, l.line_total_minor, l.reserved_from_stock, l.made_to_order, l.estimated_ship_date, l.customizations_json,
          l.hs_code, l.origin_country
        FROM order_lines l
        WHERE l.order_id = @OrderId
        ORDER BY l.line_number;

        """ + SelectHistory;

    public const string SelectOrderWhole = SelectOrder + "\n" + SelectLinesAndHistory + "\n" + DesignStore.SelectOfOrder + "\n" + SampleStore.SelectOfOrder + "\n" + PaymentStore.SelectOfOrder + "\n" + InspectionStore.SelectOfOrder + "\n" + Shipments.ShipmentStore.SelectOfOrder;

    public sealed record WholeOrder(
        OrderRow Order, IReadOnlyList<OrderLineRow> Lines, IReadOnlyList<StatusChangeRow> History, IReadOnlyList<DesignRow> Designs, IReadOnlyList<ProofRow> Proofs,
        IReadOnlyList<SampleRoundRow> Samples, IReadOnlyList<PaymentRow> Payments, IReadOnlyList<InspectionRoundRow> Inspections,
        IReadOnlyList<Shipments.ShipmentRow> Shipments)
    {
        public OrderResponse ToResponse() => OrderMapping.ToResponse(this);
    }

    public static async Task<OrderRow?> FindAsync(DbConnection connection, SqlDialect sql, string orderId, string? distributorScope, DbTransaction? transaction = null) =>
        await connection.QuerySingleOrDefaultAsync<OrderRow>(sql.Render(SelectOrder), new { OrderId = orderId, DistributorId = distributorScope }, transaction);

    public static async Task<WholeOrder?> FindWholeAsync(DbConnection connection, SqlDialect sql, string orderId, string? distributorScope, DbTransaction? transaction = null)
    {
        await using var results = await connection.QueryMultipleAsync(sql.Render(SelectOrderWhole),
            new { OrderId = orderId, DistributorId = distributorScope }, transaction);
        var order = await results.ReadSingleOrDefaultAsync<OrderRow>();
        if (order is null)
        {
            return null;
        }

        var lines = (await results.ReadAsync<OrderLineRow>()).AsList();
        var history = (await results.ReadAsync<StatusChangeRow>()).AsList();
        var designs = (await results.ReadAsync<DesignRow>()).AsList();
        var proofs = (await results.ReadAsync<ProofRow>()).AsList();
        var samples = (await results.ReadAsync<SampleRoundRow>()).AsList();
        var payments = (await results.ReadAsync<PaymentRow>()).AsList();
        var inspections = (await results.ReadAsync<InspectionRoundRow>()).AsList();
        var shipments = await Shipments.ShipmentStore.ReadAsync(results);
        return new WholeOrder(order, lines, history, designs, proofs, samples, payments, inspections, shipments);
    }
}
