using Microsoft.Data.Sqlite;

namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// One open SQLite connection that outlives the requests using it, with the statements it has prepared. SQLite compiles
/// every statement before running it, and for the catalogue's reads compiling costs more than running (the product
/// list's statement takes twice as long to prepare as to execute); a statement prepared once per connection and reused
/// costs only its execution. Lent to one caller at a time through <see cref="SqliteLease"/>.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    // Statements are the app's own constant SQL (plus IN-list expansions), so a few dozen cover it; the cap only bounds
    // memory should something generate many texts.
    private const int MaxStatements = 128;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public SqliteSession(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    /// <summary>The command for this SQL text on this connection; its statements stay prepared between executions.</summary>
    public SqliteCommand Statement(string sql)
    {
        if (_statements.TryGetValue(sql, out var command))
        {
            return command;
        }

        if (_statements.Count >= MaxStatements)
        {
            DisposeStatements();
        }

        command = Connection.CreateCommand();
        command.CommandText = sql;
        _statements.Add(sql, command);
        return command;
    }

    public SqliteTransaction BeginTransaction(System.Data.IsolationLevel isolationLevel) =>
        _transaction = Connection.BeginTransaction(isolationLevel);

    /// <summary>Before the next caller gets the connection: a transaction its last caller left open is rolled back.</summary>
    public void EndUse()
    {
        // A completed transaction lets go of its connection.
        if (_transaction?.Connection is not null)
        {
            _transaction.Dispose();
        }

        _transaction = null;
    }

    public void Dispose()
    {
        EndUse();
        DisposeStatements();
        Connection.Dispose();
    }

    private void DisposeStatements()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
    }
}
