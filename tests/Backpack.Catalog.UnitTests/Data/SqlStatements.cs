using System.Reflection;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.UnitTests.Data;

/// <summary>
/// Every SQL statement the API can send. By convention all SQL lives in string fields (const or static
/// readonly); a source scan (<see cref="SqlServerStatementParsingTests"/>) fails any call that passes SQL
/// inline, so a new statement cannot hide from this list. Fields whose names end in "Sqlite" are that
/// dialect's own spelling and are never sent to SQL Server.
/// </summary>
public static partial class SqlStatements
{
    public static IReadOnlyList<(string Name, string Sql)> All() =>
        typeof(SqlDialect).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(field => field.FieldType == typeof(string))
                .Select(field => (Name: $"{type.FullName}.{field.Name}", Sql: (string?)field.GetValue(null))))
            .Where(entry => entry.Sql is not null && StartsLikeSql().IsMatch(entry.Sql))
            .Select(entry => (entry.Name, entry.Sql!))
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<(string Name, string Sql)> ForSqlServer() =>
        All().Where(s => !s.Name.EndsWith("Sqlite", StringComparison.Ordinal))
            .Select(s => (s.Name, ExpandLists(SqlDialect.SqlServer.Render(s.Sql))))
            .ToList();

    /// <summary>
    /// What the embedded database is sent: everything but the T-SQL spellings (a field ending in "SqlServer", or one
    /// with a sibling ending in "Sqlite", which <see cref="SqlDialect.Pick"/> chooses instead on SQLite).
    /// </summary>
    public static IReadOnlyList<(string Name, string Sql)> ForSqlite()
    {
        var all = All();
        var names = all.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        return all.Where(s => !s.Name.EndsWith("SqlServer", StringComparison.Ordinal) && !names.Contains(s.Name + "Sqlite"))
            .Select(s => (s.Name, ExpandLists(SqlDialect.Sqlite.Render(s.Sql))))
            .ToList();
    }

    /// <summary>Dapper sends <c>IN @Skus</c> as <c>IN (@Skus1, @Skus2, …)</c>; parse what is sent.</summary>
    private static string ExpandLists(string sql) => ListParameter().Replace(sql, "IN (@${name}1, @${name}2)");

    [GeneratedRegex(@"\bIN\s+@(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListParameter();

    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|MERGE|CREATE|ALTER|DROP|IF|PRAGMA)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsLikeSql();
}
