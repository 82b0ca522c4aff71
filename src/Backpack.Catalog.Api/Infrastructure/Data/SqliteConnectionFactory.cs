using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;

    static SqliteConnectionFactory() => SQLitePCL.Batteries_V2.Init();

    public SqliteConnectionFactory(string connectionString)
    {
        // Foreign keys are per connection in SQLite; the default timeout doubles as the busy
        // timeout, so concurrent writers wait for the lock instead of failing at once.
        _connectionString = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public string DataSource => new SqliteConnectionStringBuilder(_connectionString).DataSource;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
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

    public static SqliteConnectionFactory ForOptions(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new SqliteConnectionFactory(options.ConnectionString);
        }

        var folder = Path.GetFullPath(options.DataFolder, contentRoot);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionFactory($"Data Source={Path.Combine(folder, "backpack-catalog.db")}");
    }
}
