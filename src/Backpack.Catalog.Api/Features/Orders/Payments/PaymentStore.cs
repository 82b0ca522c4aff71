using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Payments;

/// <summary>The reads and writes of an order's payments, inside the caller's transaction.</summary>
public static class PaymentStore
{
    private const string Columns = "p.order_id, p.sequence, p.amount_minor, p.currency, p.received_on, p.reference, p.note, p.recorded_at_ms, p.actor_key_id";

    /// <summary>An order's payments, in the multi-result read of a whole order.</summary>
    public const string SelectOfOrder = "SELECT " + Columns + "\nFROM order_payments p WHERE p.order_id = @OrderId ORDER BY p.sequence;";

    private const string InsertPayment = """
        INSERT INTO order_payments (order_id, sequence, amount_minor, currency, received_on, reference, note, recorded_at_ms, actor_key_id)
        VALUES (@OrderId, @Sequence, @AmountMinor, @Currency, @ReceivedOn, @Reference, @Note, @RecordedAtMs, @ActorKeyId);
        """;

    public static async Task<IReadOnlyList<PaymentRow>> OfAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string orderId) =>
        (await connection.QueryAsync<PaymentRow>(sql.Render(SelectOfOrder), new { OrderId = orderId }, transaction)).AsList();

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, PaymentRow payment) =>
        connection.ExecuteAsync(sql.Render(InsertPayment), payment, transaction);
}
