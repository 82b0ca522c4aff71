namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>The journal of applied migrations. Creating it is the one statement that needs two spellings.</summary>
internal static class MigrationJournalSql
{
    public static string CreateJournal(SqlDialect dialect) => dialect.Pick(CreateJournalSqlite, CreateJournalSqlServer);

    public const string CreateJournalSqlite = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version INTEGER NOT NULL PRIMARY KEY,
          name TEXT NOT NULL,
          checksum TEXT NOT NULL,
          applied_at_ms INTEGER NOT NULL
        )
        """;

    public const string CreateJournalSqlServer = """
        IF OBJECT_ID(N'schema_migrations', N'U') IS NULL
          CREATE TABLE schema_migrations (
            version INT NOT NULL CONSTRAINT pk_schema_migrations PRIMARY KEY,
            name NVARCHAR(200) NOT NULL,
            checksum CHAR(64) NOT NULL,
            applied_at_ms BIGINT NOT NULL
          )
        """;

    public const string SelectApplied = """
        SELECT version AS Version, name AS Name, checksum AS Checksum
        FROM schema_migrations
        ORDER BY version
        """;

    public const string InsertApplied = """
        INSERT INTO schema_migrations (version, name, checksum, applied_at_ms)
        VALUES (@Version, @Name, @Checksum, @AppliedAtMs)
        """;
}
