using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>The reads and writes of an order's inspections, inside the caller's transaction.</summary>
public static class InspectionStore
{
    private const string Columns = """
        i.order_id, i.round, i.inspected_on, i.result, i.critical_defects, i.major_defects, i.minor_defects, i.note, i.recorded_at_ms,
        i.report_sha256, i.report_format, i.report_file_name, i.report_bytes, i.report_uploads, i.decision, i.comment, i.decided_at_ms
        """;

    /// <summary>An order's inspections, in the multi-result read of a whole order.</summary>
    public const string SelectOfOrder = "SELECT " + Columns + "\nFROM order_inspections i WHERE i.order_id = @OrderId ORDER BY i.round;";

    private const string InsertRound = """
        INSERT INTO order_inspections (order_id, round, inspected_on, result, critical_defects, major_defects, minor_defects, note, recorded_at_ms)
        VALUES (@OrderId, @Round, @InspectedOn, @Result, @CriticalDefects, @MajorDefects, @MinorDefects, @Note, @RecordedAtMs);
        """;

    private const string UpdateReport = """
        UPDATE order_inspections SET report_sha256 = @ReportSha256, report_format = @ReportFormat, report_file_name = @ReportFileName,
          report_bytes = @ReportBytes, report_uploads = @ReportUploads
        WHERE order_id = @OrderId AND round = @Round;
        """;

    private const string UpdateDecision = """
        UPDATE order_inspections SET decision = @Decision, comment = @Comment, decided_at_ms = @DecidedAtMs
        WHERE order_id = @OrderId AND round = @Round AND decision IS NULL;
        """;

    public static async Task<IReadOnlyList<InspectionRoundRow>> RoundsAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string orderId) =>
        (await connection.QueryAsync<InspectionRoundRow>(sql.Render(SelectOfOrder), new { OrderId = orderId }, transaction)).AsList();

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, InspectionRoundRow round) =>
        connection.ExecuteAsync(sql.Render(InsertRound), round, transaction);

    public static Task SaveReportAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, InspectionRoundRow round) =>
        connection.ExecuteAsync(sql.Render(UpdateReport), round, transaction);

    /// <summary>False when the round was answered by a request that committed first.</summary>
    public static async Task<bool> DecideAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, InspectionRoundRow round) =>
        await connection.ExecuteAsync(sql.Render(UpdateDecision), round, transaction) == 1;
}
