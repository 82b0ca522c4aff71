using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// A command on a <see cref="SqliteLease"/>: it collects text and parameters like any command (Dapper fills it), and
/// runs them on the session's prepared statement for that text, so the SQL is compiled once per connection.
/// </summary>
internal sealed class SqliteStatementCommand(SqliteLease lease) : DbCommand
{
    // Holds the parameters until execution; never executed itself.
    private readonly SqliteCommand _parameters = new();

    [AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; } = SqliteConnectionFactory.BusyTimeoutSeconds;

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => lease;
        set => throw new NotSupportedException("A command stays on the connection that created it.");
    }

    protected override DbParameterCollection DbParameterCollection => _parameters.Parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel()
    {
    }

    public override int ExecuteNonQuery() => Bound().ExecuteNonQuery();

    public override object? ExecuteScalar() => Bound().ExecuteScalar();

    public override void Prepare() => Bound().Prepare();

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Bound().ExecuteReader(behavior);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _parameters.Dispose();
        }

        base.Dispose(disposing);
    }

    private SqliteCommand Bound()
    {
        if (CommandType != CommandType.Text)
        {
            throw new NotSupportedException("SQLite runs SQL text only.");
        }

        var statement = lease.Session.Statement(CommandText);
        statement.Parameters.Clear();
        foreach (SqliteParameter parameter in _parameters.Parameters)
        {
            statement.Parameters.Add(parameter);
        }

        statement.Transaction = (SqliteTransaction?)DbTransaction;
        statement.CommandTimeout = CommandTimeout;
        return statement;
    }
}
