using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Dapper;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public static class DataServices
{
    public static IServiceCollection AddCatalogueData(this IServiceCollection services)
    {
        // Columns are snake_case, C# members PascalCase.
        DefaultTypeMap.MatchNamesWithUnderscores = true;

        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != DatabaseProvider.SqlServer || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is SqlServer.")
            .ValidateOnStart();
        services.AddSingleton<IDbConnectionFactory>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return options.Provider == DatabaseProvider.SqlServer
                ? new SqlServerConnectionFactory(options.ConnectionString!)
                : SqliteConnectionFactory.ForOptions(options, sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
        });
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<CatalogueSeeder>();
        services.AddSingleton<ReferenceDataSeeder>();
        services.AddSingleton<CustomizationSeeder>();
        services.AddSingleton<ImageSeeder>();
        services.AddSingleton<LabelSeeder>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        return services;
    }

    /// <summary>The <c>migrate</c> command: applies pending migrations (and the demo seed when configured), then exits.</summary>
    public static async Task<int> RunMigrateCommandAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILogger<DatabaseMigrator>>();
        try
        {
            await app.Services.GetRequiredService<DatabaseInitializer>().PrepareAsync(CancellationToken.None);
            logger.LogInformation("The database is up to date.");
            return 0;
        }
        catch (MigrationException ex)
        {
            logger.LogError("{Message}", ex.Message);
            return 1;
        }
    }
}
