using Backpack.Catalog.Api.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Backpack.Catalog.UnitTests.Data;

/// <summary>
/// Every statement the API can send the embedded database is compiled by SQLite itself against the migrated schema.
/// SQLite 3.53 here is built with DQS=0, so a string literal written in double quotes is an unknown column and fails
/// to compile, as does a misspelt table or column; a statement no test happens to run is caught too.
/// </summary>
public sealed class SqliteStatementPreparationTests : IDisposable
{
    private readonly SqliteConnection _database;

    public SqliteStatementPreparationTests()
    {
        // The factory initialises the native library.
        using var factory = new SqliteConnectionFactory("Data Source=:memory:");
        _database = new SqliteConnection("Data Source=:memory:");
        _database.Open();
        foreach (var sql in MigrationScripts.For(DatabaseProvider.Sqlite).Select(s => s.Sql).Prepend(MigrationJournalSql.CreateJournalSqlite))
        {
            using var command = _database.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    public void Dispose() => _database.Dispose();

    public static TheoryData<string> SqliteStatementNames() => new(SqlStatements.ForSqlite().Select(s => s.Name));

    // Pragmas run once per connection, not per request.
    public static TheoryData<string> RepeatedStatementNames() =>
        new(SqlStatements.ForSqlite().Where(s => !s.Sql.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(SqliteStatementNames))]
    public void Every_statement_compiles_on_the_migrated_schema(string name)
    {
        var sql = SqlStatements.ForSqlite().Single(s => s.Name == name).Sql;
        using var command = _database.CreateCommand();
        command.CommandText = sql;

        Should.NotThrow(command.Prepare, $"{name} does not compile on SQLite:\n{sql}");
    }

    [Theory]
    [MemberData(nameof(RepeatedStatementNames))]
    public void Every_statement_stays_compiled_when_it_is_run_again_with_new_bindings(string name)
    {
        var sql = SqlStatements.ForSqlite().Single(s => s.Name == name).Sql;

        Recompilations(sql).ShouldBe(0, $"{name} is compiled again on every execution, which costs more than running it");
    }

    [Fact]
    public void A_bare_LIMIT_parameter_is_what_makes_SQLite_recompile()
    {
        Recompilations("SELECT product_id FROM products ORDER BY name LIMIT @Limit").ShouldBeGreaterThan(0, "SQLite 3.53 reads a bare LIMIT parameter when planning");
        Recompilations(SqlDialect.Sqlite.Render("SELECT product_id FROM products ORDER BY name LIMIT @Limit")).ShouldBe(0);
    }

    /// <summary>Runs the statement three times, binding every parameter afresh each time as the driver does.</summary>
    private int Recompilations(string sql)
    {
        raw.sqlite3_prepare_v2(_database.Handle, sql, out sqlite3_stmt statement).ShouldBe(raw.SQLITE_OK, raw.sqlite3_errmsg(_database.Handle).utf8_to_string());
        using (statement)
        {
            for (var run = 0; run < 3; run++)
            {
                for (var parameter = 1; parameter <= raw.sqlite3_bind_parameter_count(statement); parameter++)
                {
                    raw.sqlite3_bind_int64(statement, parameter, run + 1);
                }

                while (raw.sqlite3_step(statement) == raw.SQLITE_ROW)
                {
                }

                raw.sqlite3_reset(statement);
            }

            return raw.sqlite3_stmt_status(statement, StatementRecompilations, resetFlg: 0);
        }
    }

    // SQLITE_STMTSTATUS_REPREPARE
    private const int StatementRecompilations = 5;

    [Fact]
    public void A_double_quoted_string_literal_does_not_compile()
    {
        using var command = _database.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM products WHERE name = \"Metro 9\"";

        Should.Throw<SqliteException>(command.Prepare).Message.ShouldContain("no such column");
    }

    [Fact]
    public void The_list_sees_the_statements_sent_to_SQLite_only()
    {
        var names = SqlStatements.ForSqlite().Select(s => s.Name).ToList();
        names.ShouldContain(n => n.EndsWith("MigrationJournalSql.CreateJournalSqlite", StringComparison.Ordinal));
        names.ShouldContain(n => n.EndsWith("ListProductsData.ByNewest", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.EndsWith("SqlServer", StringComparison.Ordinal));
    }
}
