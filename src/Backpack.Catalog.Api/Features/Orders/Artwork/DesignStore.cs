using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>The reads and writes of designs and proofs, each inside the caller's transaction.</summary>
public static class DesignStore
{
    public const string DesignColumns = """
        d.order_id, d.design, d.state, d.accepted_formats, d.artwork_sha256, d.artwork_format, d.artwork_file_name, d.artwork_bytes,
        d.artwork_uploads, d.artwork_uploaded_at_ms, d.approved_round, d.approved_at_ms
        """;

    public const string ProofColumns = """
        p.order_id, p.design, p.round, p.sha256, p.format, p.file_name, p.bytes, p.note, p.posted_at_ms, p.decision, p.comment, p.decided_at_ms
        """;

    /// <summary>An order's designs and proofs, in the multi-result read of a whole order.</summary>
    public const string SelectOfOrder =
        "SELECT " + DesignColumns + "\nFROM order_designs d WHERE d.order_id = @OrderId ORDER BY d.design;\n" +
        "SELECT " + ProofColumns + "\nFROM design_proofs p WHERE p.order_id = @OrderId ORDER BY p.design, p.round;";

    private const string SelectDesign =
        "SELECT " + DesignColumns + "\nFROM order_designs d WHERE d.order_id = @OrderId AND d.design = @Design;\n" +
        "SELECT " + ProofColumns + "\nFROM design_proofs p WHERE p.order_id = @OrderId AND p.design = @Design ORDER BY p.round;";

    private const string InsertDesign = """
        INSERT INTO order_designs (order_id, design, state, accepted_formats, artwork_uploads)
        VALUES (@OrderId, @Design, @State, @AcceptedFormats, 0);
        """;

    private const string UpdateArtwork = """
        UPDATE order_designs
        SET state = @State, artwork_sha256 = @ArtworkSha256, artwork_format = @ArtworkFormat, artwork_file_name = @ArtworkFileName,
          artwork_bytes = @ArtworkBytes, artwork_uploads = @ArtworkUploads, artwork_uploaded_at_ms = @ArtworkUploadedAtMs,
          approved_round = @ApprovedRound, approved_at_ms = @ApprovedAtMs
        WHERE order_id = @OrderId AND design = @Design;
        """;

    private const string InsertProof = """
        INSERT INTO design_proofs (order_id, design, round, sha256, format, file_name, bytes, note, posted_at_ms)
        VALUES (@OrderId, @Design, @Round, @Sha256, @Format, @FileName, @Bytes, @Note, @PostedAtMs);
        """;

    private const string DecideProof = """
        UPDATE design_proofs SET decision = @Decision, comment = @Comment, decided_at_ms = @DecidedAtMs
        WHERE order_id = @OrderId AND design = @Design AND round = @Round;
        """;

    private const string SelectUnapproved =
        "SELECT " + DesignColumns + "\nFROM order_designs d WHERE d.order_id = @OrderId AND d.state <> 'approved' ORDER BY d.design;";

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, IEnumerable<DesignRow> designs) =>
        connection.ExecuteAsync(sql.Render(InsertDesign), designs, transaction);

    public static async Task<(DesignRow Design, IReadOnlyList<ProofRow> Proofs)?> FindAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect sql, string orderId, string design)
    {
        await using var results = await connection.QueryMultipleAsync(sql.Render(SelectDesign), new { OrderId = orderId, Design = design }, transaction);
        var row = await results.ReadSingleOrDefaultAsync<DesignRow>();
        return row is null ? null : (row, (await results.ReadAsync<ProofRow>()).AsList());
    }

    public static Task SaveAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, DesignRow design) =>
        connection.ExecuteAsync(sql.Render(UpdateArtwork), design, transaction);

    public static Task InsertProofAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, ProofRow proof) =>
        connection.ExecuteAsync(sql.Render(InsertProof), proof, transaction);

    public static Task DecideAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, ProofRow proof) =>
        connection.ExecuteAsync(sql.Render(DecideProof), proof, transaction);

    public static async Task<IReadOnlyList<DesignRow>> UnapprovedAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string orderId) =>
        (await connection.QueryAsync<DesignRow>(sql.Render(SelectUnapproved), new { OrderId = orderId }, transaction)).AsList();
}
