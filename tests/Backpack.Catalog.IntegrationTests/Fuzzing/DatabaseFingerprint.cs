using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>One table's row count and a checksum of its content that does not depend on row order.</summary>
public readonly record struct TableState(long Rows, ulong Checksum);

/// <summary>The state of every table at one moment.</summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, TableState> Tables)
{
    /// <summary>What changed from <paramref name="before"/> to this snapshot, one line per table; empty when nothing did.</summary>
    public IReadOnlyList<string> ChangesSince(DatabaseSnapshot before) =>
        Tables.Keys.Union(before.Tables.Keys).Order(StringComparer.Ordinal)
            .Select(table => (table, was: before.Tables.GetValueOrDefault(table), now: Tables.GetValueOrDefault(table)))
            .Where(t => t.was != t.now)
            .Select(t => t.was.Rows != t.now.Rows
                ? $"{t.table}: {t.was.Rows} → {t.now.Rows} rows"
                : $"{t.table}: {t.now.Rows} rows, content changed")
            .ToList();
}

/// <summary>
/// Fingerprints the whole database: every table, every row, every column, hashed (SHA-256 per row, summed so that row
/// order does not matter). No table is left out: nothing in this app writes on a request it rejects — idempotency keys
/// claimed by a rejected order are deleted again in the same request — and the fuzz host runs no background writer
/// (webhook delivery is off, the ERP dispatcher has no ERP, housekeeping runs hourly).
/// On SQLite, <c>PRAGMA data_version</c> on a connection held open tells whether any other connection committed since the
/// last look, so a snapshot is only re-read after a commit: cheap enough to compare around every single request.
/// </summary>
public sealed class DatabaseFingerprint : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly IReadOnlyList<string> _tables;
    private readonly bool _sqlite;
    private long? _dataVersion;
    private DatabaseSnapshot? _last;

    private DatabaseFingerprint(DbConnection connection, IReadOnlyList<string> tables, bool sqlite)
    {
        _connection = connection;
        _tables = tables;
        _sqlite = sqlite;
    }

    public static async Task<DatabaseFingerprint> OpenAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        var connection = await database.Connections().OpenAsync(cancellationToken);
        var sqlite = database.Provider == DatabaseProvider.Sqlite;
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                : "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        return new DatabaseFingerprint(connection, tables, sqlite);
    }

    public IReadOnlyList<string> Tables => _tables;

    /// <summary>True where a snapshot costs one PRAGMA unless something was committed (SQLite); SQL Server reads every table each time.</summary>
    public bool IsCheap => _sqlite;

    /// <summary>How many full reads were made; the rest were answered by data_version.</summary>
    public int FullReads { get; private set; }

    public async Task<DatabaseSnapshot> TakeAsync(CancellationToken cancellationToken)
    {
        if (_sqlite)
        {
            var version = await ScalarAsync("PRAGMA data_version", cancellationToken);
            if (_last is not null && version == _dataVersion)
            {
                return _last;
            }

            _dataVersion = version;
        }

        var tables = new Dictionary<string, TableState>(StringComparer.Ordinal);
        foreach (var table in _tables)
        {
            tables[table] = await ReadAsync(table, cancellationToken);
        }

        FullReads++;
        return _last = new DatabaseSnapshot(tables);
    }

    private async Task<TableState> ReadAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        // Table names come from the database's own catalogue, never from a request.
#pragma warning disable CA2100
        command.CommandText = _sqlite ? $"SELECT * FROM \"{table}\"" : $"SELECT * FROM [{table}]";
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long rows = 0;
        ulong checksum = 0;
        var row = new StringBuilder();
        while (await reader.ReadAsync(cancellationToken))
        {
            row.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Append(reader.GetValue(i) switch
                {
                    DBNull => "\u0000null",
                    byte[] bytes => Convert.ToHexString(bytes),
                    var value => Convert.ToString(value, CultureInfo.InvariantCulture),
                }).Append('\u001f');
            }

            rows++;
            checksum += BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(row.ToString())), 0);
        }

        return new TableState(rows, checksum);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
