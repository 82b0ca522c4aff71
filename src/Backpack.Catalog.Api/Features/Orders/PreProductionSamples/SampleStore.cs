using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.PreProductionSamples;

/// <summary>The reads and writes of an order's pre-production samples, each inside the caller's transaction.</summary>
public static class SampleStore
{
    private const string Columns = "s.order_id, s.round, s.reference, s.carrier, s.tracking_number, s.note, s.dispatched_at_ms, s.decision, s.comment, s.decided_at_ms";

    /// <summary>An order's samples, in the multi-result read of a whole order.</summary>
    public const string SelectOfOrder = "SELECT " + Columns + "\nFROM order_samples s WHERE s.order_id = @OrderId ORDER BY s.round;";

    private const string InsertRound = """
        INSERT INTO order_samples (order_id, round, reference, carrier, tracking_number, note, dispatched_at_ms)
        VALUES (@OrderId, @Round, @Reference, @Carrier, @TrackingNumber, @Note, @DispatchedAtMs);
        """;

    private const string DecideRound = """
        UPDATE order_samples SET decision = @Decision, comment = @Comment, decided_at_ms = @DecidedAtMs
        WHERE order_id = @OrderId AND round = @Round AND decision IS NULL;
        """;

    private const string SelectApproved = "SELECT COUNT(*) FROM order_samples WHERE order_id = @OrderId AND decision = 'approved';";

    private const string SelectArtworkApprovedAt = "SELECT MAX(approved_at_ms) FROM order_designs WHERE order_id = @OrderId;";

    public static async Task<IReadOnlyList<SampleRoundRow>> RoundsAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, string orderId) =>
        (await connection.QueryAsync<SampleRoundRow>(sql.Render(SelectOfOrder), new { OrderId = orderId }, transaction)).AsList();

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, SampleRoundRow round) =>
        connection.ExecuteAsync(sql.Render(InsertRound), round, transaction);

    /// <summary>False when the round was answered by a request that committed first.</summary>
    public static async Task<bool> DecideAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, SampleRoundRow round) =>
        await connection.ExecuteAsync(sql.Render(DecideRound), round, transaction) == 1;

    public static async Task<bool> IsApprovedAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, string orderId) =>
        await connection.ExecuteScalarAsync<int>(sql.Render(SelectApproved), new { OrderId = orderId }, transaction) > 0;

    /// <summary>When the last design was approved: where the pre-production sample's making starts. Null for an order without designs.</summary>
    public static Task<long?> ArtworkApprovedAtAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, string orderId) =>
        connection.ExecuteScalarAsync<long?>(sql.Render(SelectArtworkApprovedAt), new { OrderId = orderId }, transaction);
}
