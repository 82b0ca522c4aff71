using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// Runs before the server accepts requests. The embedded SQLite default is created, migrated and
/// seeded here; SQL Server is only checked, because its migrations are applied by the explicit
/// <c>migrate</c> command so that a deployment never alters a shared schema silently.
/// </summary>
public sealed class DatabaseInitializer(
    IDbConnectionFactory connections,
    DatabaseMigrator migrator,
    CatalogueSeeder seeder,
    ReferenceDataSeeder referenceData,
    CustomizationSeeder customizations,
    ImageSeeder images,
    LabelSeeder labels,
    IOptions<DatabaseOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (connections.Provider == DatabaseProvider.Sqlite)
        {
            await PrepareAsync(cancellationToken);
            return;
        }

        var pending = await migrator.PendingAsync(cancellationToken);
        if (pending.Count > 0)
        {
            throw new MigrationException(
                $"The SQL Server database lacks {pending.Count} migration(s), starting with {pending[0].Name}. " +
                "Apply them with: dotnet run --project src/Backpack.Catalog.Api -- migrate");
        }
    }

    /// <summary>Applies pending migrations and adds missing vocabulary labels, then loads the demo catalogue into an empty database when configured to.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (connections is SqliteConnectionFactory sqlite)
        {
            await sqlite.EnableWriteAheadLogAsync(cancellationToken);
        }

        await migrator.ApplyPendingAsync(cancellationToken);
        await labels.SeedMissingAsync(cancellationToken);
        if (options.Value.SeedDemoCatalogue)
        {
            await seeder.SeedIfEmptyAsync(cancellationToken);
            await seeder.SeedDemoAccountsIfNoneAsync(cancellationToken);
            await referenceData.SeedIfEmptyAsync(cancellationToken);
            await customizations.SeedIfEmptyAsync(cancellationToken);
            await images.SeedIfNoneAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
