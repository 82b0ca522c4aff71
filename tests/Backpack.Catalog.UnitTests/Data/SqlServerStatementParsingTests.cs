using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Infrastructure.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Backpack.Catalog.UnitTests.Data;

/// <summary>No SQL Server runs here, so every statement and migration the app can send it is checked by SQL Server's own parser.</summary>
public sealed partial class SqlServerStatementParsingTests
{
    public static TheoryData<string> SqlServerStatementNames() => new(SqlStatements.ForSqlServer().Select(s => s.Name));

    public static TheoryData<string> SqlServerMigrationNames() => new(MigrationScripts.For(DatabaseProvider.SqlServer).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(SqlServerStatementNames))]
    public void Every_statement_parses_as_TSql(string name)
    {
        var sql = SqlStatements.ForSqlServer().Single(s => s.Name == name).Sql;
        ParseErrors(sql).ShouldBeEmpty($"{name} does not parse as T-SQL:\n{sql}");
    }

    [Theory]
    [MemberData(nameof(SqlServerMigrationNames))]
    public void Every_migration_parses_as_TSql(string name)
    {
        var script = MigrationScripts.For(DatabaseProvider.SqlServer).Single(s => s.Name == name);
        ParseErrors(script.Sql).ShouldBeEmpty($"{name} does not parse as T-SQL");
    }

    [Fact]
    public void The_parser_rejects_SQLite_only_syntax()
    {
        ParseErrors("SELECT p.name FROM products p ORDER BY p.name LIMIT @Limit").ShouldNotBeEmpty();
        ParseErrors(SqlDialect.SqlServer.Render("SELECT p.name FROM products p ORDER BY p.name LIMIT @Limit")).ShouldBeEmpty();
    }

    [Fact]
    public void The_statement_list_sees_the_catalogue_queries()
    {
        var names = SqlStatements.ForSqlServer().Select(s => s.Name).ToList();
        names.ShouldContain(n => n.EndsWith("ListProductsData.ByNewest", StringComparison.Ordinal));
        names.ShouldContain(n => n.EndsWith("GetProductData.SelectProductBatch", StringComparison.Ordinal));
        names.ShouldContain(n => n.EndsWith("ListChangesData.SelectPage", StringComparison.Ordinal));
        names.ShouldContain(n => n.EndsWith("ListAuditEntriesData.SelectPage", StringComparison.Ordinal));
        names.ShouldContain(n => n.EndsWith("MigrationJournalSql.CreateJournalSqlServer", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.EndsWith("Sqlite", StringComparison.Ordinal));
    }

    [Fact]
    public void No_data_access_call_passes_SQL_inline()
    {
        var root = RepositoryFiles.Root;
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => InlineSql().Matches(File.ReadAllText(path)).Select(m => $"{Path.GetRelativePath(root, path)}: {m.Value.Trim()}"))
            .ToList();
        offenders.ShouldBeEmpty("SQL must live in a named string field so the T-SQL parser test sees it");
    }

    private static IList<ParseError> ParseErrors(string sql)
    {
        new TSql150Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors;
    }

    [GeneratedRegex("""(\.(Query|Execute)\w*(<[^>()]*>)?\(\s*(\$|@)*"|CommandText\s*=\s*(\$|@)*")""")]
    private static partial Regex InlineSql();
}
