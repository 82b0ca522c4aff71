using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.UnitTests.Data;

public sealed class MigrationScriptsTests
{
    [Fact]
    public void Both_dialects_have_the_same_numbered_migrations()
    {
        var sqlite = MigrationScripts.For(DatabaseProvider.Sqlite).Select(s => (s.Version, s.Name)).ToList();
        var sqlServer = MigrationScripts.For(DatabaseProvider.SqlServer).Select(s => (s.Version, s.Name)).ToList();

        sqlite.ShouldNotBeEmpty();
        sqlServer.ShouldBe(sqlite);
        sqlite.Select(s => s.Version).ShouldBe(Enumerable.Range(1, sqlite.Count), "migrations are numbered 1, 2, 3 … without gaps");
    }

    [Fact]
    public void Checksums_ignore_line_ending_style_but_not_content()
    {
        MigrationScripts.Checksum("CREATE TABLE a (x INT);\r\n").ShouldBe(MigrationScripts.Checksum("CREATE TABLE a (x INT);\n"));
        MigrationScripts.Checksum("CREATE TABLE a (x INT);").ShouldNotBe(MigrationScripts.Checksum("CREATE TABLE a (y INT);"));
    }
}
