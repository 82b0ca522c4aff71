using System.Data.Common;
using System.Globalization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>A number issued to one of an order's documents; shipment 0 is the whole order.</summary>
public sealed class TradeDocumentRow
{
    public string DocumentNumber { get; set; } = "";
    public string DocumentType { get; set; } = "";
    public string OrderId { get; set; } = "";
    public int Shipment { get; set; }
    public int Year { get; set; }
    public int Sequence { get; set; }
    public long IssuedAtMs { get; set; }
}

/// <summary>
/// The register of document numbers. A document is numbered the first time it is asked for, with the next sequence of its type in the year;
/// the register's unique keys make a second number for the same document, or the same number twice, impossible, and a request that loses
/// that race takes the number the other request issued.
/// </summary>
public static class TradeDocumentStore
{
    private const string SelectOfOrder = """
        SELECT document_number, document_type, order_id, shipment, year, sequence, issued_at_ms
        FROM trade_documents WHERE order_id = @OrderId ORDER BY shipment, document_type;
        """;

    private const string SelectLastSequence = "SELECT COALESCE(MAX(sequence), 0) FROM trade_documents WHERE document_type = @Type AND year = @Year;";

    private const string Insert = """
        INSERT INTO trade_documents (document_number, document_type, order_id, shipment, year, sequence, issued_at_ms)
        VALUES (@DocumentNumber, @DocumentType, @OrderId, @Shipment, @Year, @Sequence, @IssuedAtMs);
        """;

    public static async Task<IReadOnlyList<TradeDocumentRow>> OfOrderAsync(DbConnection connection, SqlDialect sql, string orderId) =>
        (await connection.QueryAsync<TradeDocumentRow>(sql.Render(SelectOfOrder), new { OrderId = orderId })).AsList();

    /// <summary>Numbers each wanted document that has no number yet; answers the order's whole register.</summary>
    public static async Task<IReadOnlyList<TradeDocumentRow>> IssueAsync(
        IDbConnectionFactory connections, string orderId, IReadOnlyList<(string Type, int Shipment)> wanted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var issued = await OfOrderAsync(connection, sql, orderId);
        var missing = wanted.Where(w => !issued.Any(i => i.DocumentType == w.Type && i.Shipment == w.Shipment)).ToList();
        if (missing.Count == 0)
        {
            return issued;
        }

        using var turn = await connections.TakeWriteTurnAsync(cancellationToken);
        foreach (var (type, shipment) in missing)
        {
            for (var attempt = 0; attempt < 10 && !await TryIssueAsync(connection, sql, orderId, type, shipment, now, cancellationToken); attempt++)
            {
                if ((await OfOrderAsync(connection, sql, orderId)).Any(i => i.DocumentType == type && i.Shipment == shipment))
                {
                    break;
                }
            }
        }

        return await OfOrderAsync(connection, sql, orderId);
    }

    private static async Task<bool> TryIssueAsync(
        DbConnection connection, SqlDialect sql, string orderId, string type, int shipment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var year = now.UtcDateTime.Year;
        var sequence = await connection.ExecuteScalarAsync<int>(sql.Render(SelectLastSequence), new { Type = type, Year = year }, transaction) + 1;
        var row = new TradeDocumentRow
        {
            DocumentNumber = string.Create(CultureInfo.InvariantCulture, $"{TradeDocumentTypes.Prefix(type)}-{year:D4}-{sequence:D6}"),
            DocumentType = type, OrderId = orderId, Shipment = shipment, Year = year, Sequence = sequence, IssuedAtMs = now.ToUnixTimeMilliseconds(),
        };
        try
        {
            await connection.ExecuteAsync(sql.Render(Insert), row, transaction);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbException exception) when (sql.IsUniqueViolation(exception))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
    }
}
