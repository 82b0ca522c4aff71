using System.Data;
using System.Data.Common;

namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// What <see cref="SqliteConnectionFactory.OpenAsync"/> hands out: a <see cref="SqliteSession"/> lent to one caller.
/// Commands created on it run the session's prepared statements; disposing the lease gives the session back.
/// </summary>
internal sealed class SqliteLease(SqliteSession session, SqliteConnectionFactory factory) : DbConnection
{
    private SqliteSession? _session = session;

    internal SqliteSession Session => _session ?? throw new ObjectDisposedException(nameof(SqliteLease));

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string ConnectionString
    {
        get => Session.Connection.ConnectionString;
        set => throw new NotSupportedException("A lent connection keeps its connection string.");
    }

    public override string Database => Session.Connection.Database;

    public override string DataSource => Session.Connection.DataSource;

    public override string ServerVersion => Session.Connection.ServerVersion;

    public override ConnectionState State => _session is null ? ConnectionState.Closed : Session.Connection.State;

    public override void ChangeDatabase(string databaseName) => Session.Connection.ChangeDatabase(databaseName);

    // Lent open; it goes back to the factory when disposed.
    public override void Open() => ObjectDisposedException.ThrowIf(_session is null, this);

    public override void Close() => Release();

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => Session.BeginTransaction(isolationLevel);

    protected override DbCommand CreateDbCommand() => new SqliteStatementCommand(this);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Release();
        }

        base.Dispose(disposing);
    }

    private void Release()
    {
        if (Interlocked.Exchange(ref _session, null) is { } lent)
        {
            factory.Return(lent);
        }
    }
}
