using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// Statements are written once, in the SQL both engines share, ending in <c>LIMIT @Param</c> where
/// they page. Each dialect rewrites that one construct (SQL Server to OFFSET … FETCH, SQLite to an expression its
/// planner does not read); it is the only difference in SQL text,
/// which keeps every statement readable in one place and checkable by the T-SQL parser test. The other
/// difference is how each engine reports a duplicate key.
/// </summary>
public abstract partial class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect SqlServer = new SqlServerDialect();

    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    /// <summary>The statement as this engine is sent it: a trailing <c>LIMIT @x</c> becomes <see cref="TrailingLimitAs"/>.</summary>
    public string Render(string sql) =>
        _rendered.GetOrAdd(sql, static (text, replacement) => TrailingLimit().Replace(text, replacement), TrailingLimitAs);

    /// <summary>What a trailing <c>LIMIT @x</c> is written as, <c>$1</c> standing for the parameter.</summary>
    protected abstract string TrailingLimitAs { get; }

    /// <summary>True when the insert failed on a primary key or unique constraint: the row already exists.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// For the few statements the engines cannot share (queue claims need engine-specific locking); the SQLite
    /// text lives in a field ending in "Sqlite" so the T-SQL parser test knows to skip it.
    /// </summary>
    public abstract string Pick(string sqlite, string sqlServer);

    private sealed class SqliteDialect : SqlDialect
    {
        // SQLite 3.53's planner reads a LIMIT that is a bare parameter, so binding it (which every execution does) expires
        // the compiled statement and the next step compiles it again: the product list ran at a third of its speed. As
        // an expression (+@x, the same number) the LIMIT is not read at planning time, and the statement stays compiled.
        protected override string TrailingLimitAs => "LIMIT +$1";

        public override string Pick(string sqlite, string sqlServer) => sqlite;

        // SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE.
        public override bool IsUniqueViolation(DbException exception) =>
            exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 };
    }

    private sealed class SqlServerDialect : SqlDialect
    {
        // 2627: PRIMARY KEY or UNIQUE constraint; 2601: unique index.
        public override bool IsUniqueViolation(DbException exception) => exception is SqlException { Number: 2627 or 2601 };

        public override string Pick(string sqlite, string sqlServer) => sqlServer;

        protected override string TrailingLimitAs => "OFFSET 0 ROWS FETCH NEXT $1 ROWS ONLY";
    }

    [GeneratedRegex(@"\bLIMIT\s+(@\w+)\s*;?\s*$")]
    private static partial Regex TrailingLimit();
}
