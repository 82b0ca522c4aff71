using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// Says, in every run, which provider the integration suite ran on. With BACKPACK_TEST_SQLSERVER set to a
/// SQL Server connection string, every integration test class gets a fresh database on that server.
/// </summary>
public sealed class SqlServerSuiteTests
{
    [Fact]
    public async Task The_integration_suite_runs_on_SqlServer_when_a_connection_string_is_given()
    {
        if (TestDatabase.SqlServerConnectionString is null)
        {
            Assert.Skip($"{TestDatabase.SqlServerVariable} is not set, so the integration suite ran on SQLite only. " +
                $"Set {TestDatabase.SqlServerVariable} to a SQL Server connection string (a login that may CREATE DATABASE) to run the same suite on SQL Server.");
        }

        await using var database = await TestDatabase.CreateAsync();
        database.Provider.ShouldBe(DatabaseProvider.SqlServer);
        (await database.ScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations"))
            .ShouldBe(MigrationScripts.For(DatabaseProvider.SqlServer).Count);
    }
}
