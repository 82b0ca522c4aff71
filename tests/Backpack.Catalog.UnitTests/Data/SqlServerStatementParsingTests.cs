using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Infrastructure.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Backpack.Catalog.UnitTests.Data;

/// <summary>
/// No SQL Server runs here, so every statement and migration the app can send it is checked by SQL Server's own parser
/// (ScriptDom's TSql170Parser, SQL Server 2025's grammar). The parser checks syntax only. It cannot see that a table,
/// column or parameter does not exist, that types do not match, that a constraint name is taken, or rules SQL Server
/// applies after parsing, such as refusing TOP together with OFFSET … FETCH; the one of those the dialect could produce
/// (TOP and OFFSET in one query) is checked below on the parsed tree. The rest is left to the suite on a real server
/// (BACKPACK_TEST_SQLSERVER).
/// </summary>
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

    [Theory]
    [MemberData(nameof(SqlServerStatementNames))]
    public void No_statement_combines_TOP_with_OFFSET(string name)
    {
        var sql = SqlStatements.ForSqlServer().Single(s => s.Name == name).Sql;
        QueriesWithTopAndOffset(sql).ShouldBe(0, $"{name}: SQL Server refuses TOP together with OFFSET … FETCH");
    }

    [Fact]
    public void TOP_with_OFFSET_parses_so_the_tree_check_is_what_catches_it()
    {
        const string refusedBySqlServer = "SELECT TOP (5) p.name FROM products p ORDER BY p.name OFFSET 0 ROWS FETCH NEXT 5 ROWS ONLY";
        ParseErrors(refusedBySqlServer).ShouldBeEmpty("the parser checks syntax only");
        QueriesWithTopAndOffset(refusedBySqlServer).ShouldBe(1);
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
        new TSql170Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors;
    }

    private static int QueriesWithTopAndOffset(string sql)
    {
        var tree = new TSql170Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out _);
        var queries = new QueryCollector();
        tree.Accept(queries);
        return queries.Found.Count(q => q.TopRowFilter is not null && q.OffsetClause is not null);
    }

    private sealed class QueryCollector : TSqlFragmentVisitor
    {
        public List<QuerySpecification> Found { get; } = [];

        public override void Visit(QuerySpecification node) => Found.Add(node);
    }

    [GeneratedRegex("""(\.(Query|Execute)\w*(<[^>()]*>)?\(\s*(\$|@)*"|CommandText\s*=\s*(\$|@)*")""")]
    private static partial Regex InlineSql();
}
