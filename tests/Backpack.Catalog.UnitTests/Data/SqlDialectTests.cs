using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.UnitTests.Data;

public sealed class SqlDialectTests
{
    [Theory]
    [InlineData("SELECT 1 FROM products ORDER BY product_id LIMIT @Limit", "SELECT 1 FROM products ORDER BY product_id LIMIT +@Limit")]
    [InlineData("SELECT a FROM t WHERE note = 'LIMIT @x in text' ORDER BY a", "SELECT a FROM t WHERE note = 'LIMIT @x in text' ORDER BY a")]
    [InlineData("UPDATE t SET a = @A WHERE b = @B", "UPDATE t SET a = @A WHERE b = @B")]
    public void Sqlite_changes_only_a_trailing_limit_into_an_expression(string sql, string expected) =>
        SqlDialect.Sqlite.Render(sql).ShouldBe(expected);

    [Theory]
    [InlineData("SELECT a FROM t ORDER BY a LIMIT @Limit", "SELECT a FROM t ORDER BY a OFFSET 0 ROWS FETCH NEXT @Limit ROWS ONLY")]
    [InlineData("SELECT a FROM t ORDER BY a\nLIMIT @Take;\n", "SELECT a FROM t ORDER BY a\nOFFSET 0 ROWS FETCH NEXT @Take ROWS ONLY")]
    [InlineData("SELECT a FROM t WHERE note = 'LIMIT @x in text' ORDER BY a", "SELECT a FROM t WHERE note = 'LIMIT @x in text' ORDER BY a")]
    public void SqlServer_rewrites_only_a_trailing_limit(string sql, string expected) =>
        SqlDialect.SqlServer.Render(sql).ShouldBe(expected);
}
