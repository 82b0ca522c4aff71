using System.Data.Common;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.ListOrders;

internal static class ListOrdersData
{
    // Newest first; the order id breaks ties between orders placed in the same millisecond.
    public const string SelectPage = """
        SELECT o.order_id, o.status, o.distributor_id, o.buyer_reference, o.currency, o.units, o.subtotal_minor,
          o.subtotal_usd_cents, o.promised_ship_date, o.created_at_ms, o.updated_at_ms
        FROM orders o
        WHERE (@DistributorId IS NULL OR o.distributor_id = @DistributorId)
          AND (@Status IS NULL OR o.status = @Status)
          AND (@FromMs IS NULL OR o.created_at_ms >= @FromMs)
          AND (@ToMs IS NULL OR o.created_at_ms < @ToMs)
          AND (@AfterMs IS NULL OR o.created_at_ms < @AfterMs OR (o.created_at_ms = @AfterMs AND o.order_id < @AfterId))
        ORDER BY o.created_at_ms DESC, o.order_id DESC
        LIMIT @Limit
        """;

    public sealed class SummaryRow
    {
        public string OrderId { get; init; } = "";
        public string Status { get; init; } = "";
        public string DistributorId { get; init; } = "";
        public string BuyerReference { get; init; } = "";
        public string Currency { get; init; } = "";
        public int Units { get; init; }
        public long SubtotalMinor { get; init; }
        public long SubtotalUsdCents { get; init; }
        public string PromisedShipDate { get; init; } = "";
        public long CreatedAtMs { get; init; }
        public long UpdatedAtMs { get; init; }
    }

    public static async Task<IReadOnlyList<SummaryRow>> QueryAsync(DbConnection connection, string sql, object parameters) =>
        (await connection.QueryAsync<SummaryRow>(sql, parameters)).AsList();
}
