using Backpack.Catalog.Api.Infrastructure.Files;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>The start-up path the host runs (DatabaseInitializer), on a database of its own per test.</summary>
public sealed class MigrationTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Migrations_apply_once_and_are_journaled()
    {
        var scripts = MigrationScripts.For(_database.Provider);
        await Initializer().StartAsync(TestContext.Current.CancellationToken);
        (await _database.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations")).ShouldBe(scripts.Count);

        (await Migrator().ApplyPendingAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        await Initializer().StartAsync(TestContext.Current.CancellationToken);
        (await _database.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations")).ShouldBe(scripts.Count);
    }

    [Fact]
    public async Task The_seed_loads_once_into_an_empty_database()
    {
        await Initializer().StartAsync(TestContext.Current.CancellationToken);
        await Initializer().StartAsync(TestContext.Current.CancellationToken);

        (await _database.ScalarAsync<long>("SELECT COUNT(*) FROM products")).ShouldBe(SeedExpectations.Products.Count);
        (await _database.ScalarAsync<long>("SELECT COUNT(*) FROM variants")).ShouldBe(SeedExpectations.Variants.Count());
        (await _database.ScalarAsync<long>("SELECT COUNT(*) FROM price_tiers")).ShouldBe(SeedExpectations.Variants.Sum(v => v.Tiers.Count));
    }

    [Fact]
    public async Task Start_is_refused_when_an_applied_script_was_edited()
    {
        await Initializer().StartAsync(TestContext.Current.CancellationToken);
        await _database.ExecuteAsync("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");

        var refusal = await Should.ThrowAsync<MigrationException>(() => Initializer().StartAsync(TestContext.Current.CancellationToken));
        refusal.Message.ShouldContain("was edited after it was applied");
        refusal.Message.ShouldContain("0001_catalogue");
    }

    [Fact]
    public async Task Start_is_refused_when_the_database_is_ahead_of_the_build()
    {
        await Initializer().StartAsync(TestContext.Current.CancellationToken);
        await _database.ExecuteAsync("INSERT INTO schema_migrations (version, name, checksum, applied_at_ms) VALUES (9999, '9999_future', 'x', 0)");

        var refusal = await Should.ThrowAsync<MigrationException>(() => Initializer().StartAsync(TestContext.Current.CancellationToken));
        refusal.Message.ShouldContain("9999_future");
    }

    [Fact]
    public async Task A_failing_script_leaves_no_trace()
    {
        await Initializer().StartAsync(TestContext.Current.CancellationToken);
        await _database.ExecuteAsync("DELETE FROM schema_migrations WHERE version = 1");

        // Re-applying 0001 fails on its first CREATE TABLE; its transaction must roll back the journal insert too.
        await Should.ThrowAsync<Exception>(() => Migrator().ApplyPendingAsync(TestContext.Current.CancellationToken));
        (await _database.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = 1")).ShouldBe(0);
    }

    private DatabaseMigrator Migrator() =>
        new(_database.Connections(), TimeProvider.System, NullLogger<DatabaseMigrator>.Instance);

    private DatabaseInitializer Initializer()
    {
        var connections = _database.Connections();
        return new DatabaseInitializer(connections, Migrator(),
            new CatalogueSeeder(connections, TimeProvider.System, NullLogger<CatalogueSeeder>.Instance),
            new ReferenceDataSeeder(connections, TimeProvider.System, NullLogger<ReferenceDataSeeder>.Instance),
            new CustomizationSeeder(connections, TimeProvider.System, NullLogger<CustomizationSeeder>.Instance),
            new ImageSeeder(connections, new FolderFileStore(_database.FilesFolder), TimeProvider.System, NullLogger<ImageSeeder>.Instance),
            new LabelSeeder(connections, TimeProvider.System, NullLogger<LabelSeeder>.Instance), Options.Create(new DatabaseOptions()));
    }
}
