using Backpack.Catalog.Api.Infrastructure.Files;
using System.IO.Compression;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// An embedded database made before migrations moved to DbUp (Fixtures/embedded-database-before-dbup.db.gz: the API at
/// commit a7cfb3d, its own migrator and SQLite 3.35, started once with the demo seed) is upgraded in place by this
/// build: the scripts it ran are not run again, the ones added since run once, nothing is lost, and the API serves it.
/// </summary>
public sealed class EmbeddedDatabaseUpgradeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public ValueTask InitializeAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "backpack-catalog-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "backpack-catalog.db");
        var fixture = Path.Combine(BuildPaths.RepositoryRoot, "tests", "Backpack.Catalog.IntegrationTests", "Platform", "Fixtures", "embedded-database-before-dbup.db.gz");
        using (var compressed = new GZipStream(File.OpenRead(fixture), CompressionMode.Decompress))
        using (var copy = File.Create(file))
        {
            compressed.CopyTo(copy);
        }

        _database = TestDatabase.ForSqliteFile(file);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_database_made_by_the_old_migrator_upgrades_in_place_without_re_running_a_script()
    {
        var before = await JournalAsync();
        var scripts = MigrationScripts.For(DatabaseProvider.Sqlite).Select(s => s.Name).ToList();
        before.Select(j => j.Name).ShouldBe(scripts.Take(before.Count), "the fixture ran this build's first scripts, in order");
        var added = scripts.Skip(before.Count).ToList();
        var productsBefore = await _database.ScalarAsync<long>("SELECT COUNT(*) FROM products");
        var keysBefore = await _database.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys");

        var connections = _database.Connections();
        var migrator = new DatabaseMigrator(connections, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance);
        (await migrator.PendingAsync(TestContext.Current.CancellationToken)).Select(s => s.Name).ShouldBe(added, "only the scripts added since the fixture was made are pending");
        await new DatabaseInitializer(connections, migrator,
                new CatalogueSeeder(connections, TimeProvider.System, NullLogger<CatalogueSeeder>.Instance),
            new ReferenceDataSeeder(connections, TimeProvider.System, NullLogger<ReferenceDataSeeder>.Instance),
            new CustomizationSeeder(connections, TimeProvider.System, NullLogger<CustomizationSeeder>.Instance),
            new ImageSeeder(connections, new FolderFileStore(_database.FilesFolder), TimeProvider.System, NullLogger<ImageSeeder>.Instance),
            new LabelSeeder(connections, TimeProvider.System, NullLogger<LabelSeeder>.Instance), Options.Create(new DatabaseOptions()))
            .StartAsync(TestContext.Current.CancellationToken);

        var after = await JournalAsync();
        after.Take(before.Count).ShouldBe(before, "the journal is carried over as it was: same versions, names, checksums and times");
        after.Skip(before.Count).Select(j => j.Name).ShouldBe(added, "each added script ran once");
        productsBefore.ShouldBeGreaterThan(0);
        (await _database.ScalarAsync<long>("SELECT COUNT(*) FROM products")).ShouldBe(productsBefore);
        (await _database.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys")).ShouldBe(keysBefore, "the seed does not run twice either");
    }

    [Fact]
    public async Task The_API_starts_on_the_upgraded_database_and_serves_its_catalogue()
    {
        await using var api = new CatalogueApiFactory { ExternalDatabase = _database };
        await api.InitializeAsync();

        var page = await api.CreateClient().GetAsync("/v1/products?limit=1", TestContext.Current.CancellationToken);

        page.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"items\":[{");
    }

    private sealed record JournalRow(long Version, string Name, string Checksum, long AppliedAtMs);

    private async Task<List<JournalRow>> JournalAsync()
    {
        await using var connection = await _database.Connections().OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<JournalRow>(
            "SELECT version AS Version, name AS Name, checksum AS Checksum, applied_at_ms AS AppliedAtMs FROM schema_migrations ORDER BY version")).AsList();
    }
}
