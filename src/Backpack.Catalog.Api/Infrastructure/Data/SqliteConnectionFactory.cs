using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// Lends open connections to the embedded database (<see cref="SqliteSession"/>s, each keeping its prepared statements)
/// and takes them back when the caller disposes its <see cref="SqliteLease"/>.
/// </summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory, IDisposable
{
    internal const int BusyTimeoutSeconds = 30;

    // Sessions beyond this many idle ones are closed when handed back, which bounds memory after a burst.
    private const int MaxIdleSessions = 32;

    private readonly string _connectionString;
    private readonly string _setUpSql;
    private readonly SemaphoreSlim _writeTurns = new(1, 1);
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    private int _idleCount;
    private bool _disposed;

    static SqliteConnectionFactory()
    {
        Batteries_V2.Init();
    }

    public SqliteConnectionFactory(string connectionString, SqliteSynchronous synchronous = SqliteSynchronous.Full)
    {
        // Foreign keys are per connection in SQLite. Connections are kept open and reused here, so the driver's own pool
        // would only hold ones this factory has closed on purpose.
        _connectionString = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutSeconds,
            Pooling = false,
        }.ToString();
        _setUpSql = synchronous == SqliteSynchronous.Normal ? BusyTimeoutSqlite + ";" + SynchronousNormalSqlite : BusyTimeoutSqlite;
    }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public string ConnectionString => _connectionString;

    public string DataSource => new SqliteConnectionStringBuilder(_connectionString).DataSource;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return new SqliteLease(session, this);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await SetUpAsync(connection, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new SqliteLease(new SqliteSession(connection), this);
    }

    public ValueTask<WriteTurn> TakeWriteTurnAsync(CancellationToken cancellationToken) => WriteTurn.TakeAsync(_writeTurns, cancellationToken);

    internal void Return(SqliteSession session)
    {
        session.EndUse();
        if (!_disposed && Interlocked.Increment(ref _idleCount) <= MaxIdleSessions)
        {
            _idle.Add(session);
            return;
        }

        if (!_disposed)
        {
            Interlocked.Decrement(ref _idleCount);
        }

        session.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }

        _writeTurns.Dispose();
    }

    private async Task SetUpAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _setUpSql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Write-ahead logging lets readers proceed while one writer commits; it is stored in the file, so once is enough.</summary>
    public async Task EnableWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = EnableWalSqlite;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string EnableWalSqlite = "PRAGMA journal_mode=WAL";

    // A writer that finds the database locked (another process, or a write outside the turns) is retried by SQLite's own
    // busy handler, which sleeps 1, 2, 5, 10 … ms between tries, rather than by Microsoft.Data.Sqlite's fixed 150 ms.
    private static readonly string BusyTimeoutSqlite = $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}";

    // With write-ahead logging, NORMAL syncs at checkpoints rather than at every commit: still atomic and consistent,
    // and durable if the app crashes, but the last commits can be lost if the machine loses power.
    private const string SynchronousNormalSqlite = "PRAGMA synchronous=NORMAL";

    public static SqliteConnectionFactory ForOptions(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new SqliteConnectionFactory(options.ConnectionString, options.SqliteSynchronous);
        }

        var folder = Path.GetFullPath(options.DataFolder, contentRoot);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionFactory($"Data Source={Path.Combine(folder, "backpack-catalog.db")}", options.SqliteSynchronous);
    }
}
