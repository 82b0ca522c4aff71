using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// Statements are written once, in the SQL both engines share, ending in <c>LIMIT @Param</c> where
/// they page. The SQL Server dialect rewrites that one construct; it is the only difference, which
/// keeps every statement readable in one place and checkable by the T-SQL parser test.
/// </summary>
public abstract partial class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect SqlServer = new SqlServerDialect();

    public abstract string Render(string sql);

    private sealed class SqliteDialect : SqlDialect
    {
        public override string Render(string sql) => sql;
    }

    private sealed partial class SqlServerDialect : SqlDialect
    {
        private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

        public override string Render(string sql) =>
            _rendered.GetOrAdd(sql, static s => TrailingLimit().Replace(s, "OFFSET 0 ROWS FETCH NEXT $1 ROWS ONLY"));

        [GeneratedRegex(@"\bLIMIT\s+(@\w+)\s*;?\s*$")]
        private static partial Regex TrailingLimit();
    }
}
