using Backpack.Catalog.Api.Infrastructure.Files;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh database for one test class: a new SQLite file by default, or a new database on the SQL Server
/// named by <see cref="SqlServerVariable"/> when that is set, so the same suite runs on both providers.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string SqlServerVariable = "BACKPACK_TEST_SQLSERVER";

    private readonly string? _folder;
    private readonly string? _sqlServerMaster;
    private readonly string? _sqlServerDatabase;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? master, string? database)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _sqlServerMaster = master;
        _sqlServerDatabase = database;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The files that go with the database (uploads, the demo pictures): in its folder for SQLite, a temp folder for SQL Server; deleted with it.</summary>
    public string FilesFolder => Path.Combine(_folder ?? _serverFilesFolder, "files");

    private readonly string _serverFilesFolder = Path.Combine(Path.GetTempPath(), "backpack-test-files", Guid.NewGuid().ToString("N"));

    public static string? SqlServerConnectionString => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } value ? value : null;

    public static async Task<TestDatabase> CreateAsync(bool seedDemoCatalogue = true)
    {
        if (SqlServerConnectionString is { } server)
        {
            var name = $"backpack_test_{Guid.NewGuid():N}";
            await using (var master = new SqlConnection(server))
            {
                await master.ExecuteAsync($"CREATE DATABASE [{name}]");
            }

            var connectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
            var database = new TestDatabase(DatabaseProvider.SqlServer, connectionString, null, server, name);
            await database.MigrateAndSeedAsync(seedDemoCatalogue);
            return database;
        }

        var folder = Path.Combine(Path.GetTempPath(), "backpack-catalog-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "catalogue.db")}", folder, null, null);
    }

    /// <summary>A SQLite database whose file the test made; its folder is deleted with it.</summary>
    public static TestDatabase ForSqliteFile(string file) =>
        new(DatabaseProvider.Sqlite, $"Data Source={file}", Path.GetDirectoryName(file), null, null);

    public IDbConnectionFactory Connections() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionFactory(ConnectionString)
        : new SqlServerConnectionFactory(ConnectionString);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await Connections().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException($"No value from {sql}");
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Connections().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql);
    }

    // SQL Server migrations are applied explicitly (the app refuses to start without them), as the migrate command does.
    private async Task MigrateAndSeedAsync(bool seedDemoCatalogue)
    {
        var connections = Connections();
        var migrator = new DatabaseMigrator(connections, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance);
        var initializer = new DatabaseInitializer(connections, migrator,
            new CatalogueSeeder(connections, TimeProvider.System, NullLogger<CatalogueSeeder>.Instance),
            new ReferenceDataSeeder(connections, TimeProvider.System, NullLogger<ReferenceDataSeeder>.Instance),
            new CustomizationSeeder(connections, TimeProvider.System, NullLogger<CustomizationSeeder>.Instance),
            new ImageSeeder(connections, new FolderFileStore(FilesFolder), TimeProvider.System, NullLogger<ImageSeeder>.Instance),
            new LabelSeeder(connections, TimeProvider.System, NullLogger<LabelSeeder>.Instance), Options.Create(new DatabaseOptions { SeedDemoCatalogue = seedDemoCatalogue }));
        await initializer.PrepareAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finalising connection; the temp folder is cleaned by the OS.
            }
        }

        if (_sqlServerMaster is not null)
        {
            if (Directory.Exists(_serverFilesFolder))
            {
                Directory.Delete(_serverFilesFolder, recursive: true);
            }

            SqlConnection.ClearAllPools();
            await using var master = new SqlConnection(_sqlServerMaster);
            await master.ExecuteAsync($"ALTER DATABASE [{_sqlServerDatabase}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_sqlServerDatabase}]");
        }
    }
}
