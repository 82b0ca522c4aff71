using Backpack.Catalog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>The real HTTP pipeline on a fresh database per test class.</summary>
public class CatalogueApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _sharedDatabase;

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>False: the product families but no products and no demo accounts, as a real deployment starts.</summary>
    public bool SeedDemoCatalogue { get; init; } = true;

    /// <summary>A second app instance on the same database, as two hosts behind a load balancer would be.</summary>
    public static CatalogueApiFactory SharingDatabaseWith(CatalogueApiFactory first) => new() { _sharedDatabase = first.Database };

    /// <summary>Runs on a database the test owns and disposes, so it can outlive this app instance (a restart).</summary>
    public TestDatabase? ExternalDatabase { init => _sharedDatabase = value; }

    /// <summary>True: the app runs on Kestrel at a free port on 127.0.0.1 instead of the in-memory test server.</summary>
    public bool OnKestrel { get; init; }

    public async ValueTask InitializeAsync()
    {
        Database = _sharedDatabase ?? await TestDatabase.CreateAsync(SeedDemoCatalogue);
        // Start the host now so migration and seeding happen before the first test.
        if (OnKestrel)
        {
            UseKestrel(0);
            StartServer();
        }
        else
        {
            _ = Server;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Warning");
        // Quotas no test can use up by accident (the ERP drill alone places 1,000 orders); RateLimitTests sets small ones.
        foreach (var policy in (string[])["Anonymous", "Storefront", "Distributor", "Admin"])
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", "1000000");
        }
        if (!SeedDemoCatalogue)
        {
            builder.UseSetting("Database:SeedDemoCatalogue", "false");
        }
    }

    /// <summary>A client that sends <paramref name="apiKey"/> in X-Api-Key on every request.</summary>
    public HttpClient ClientWithKey(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyFormat.HeaderName, apiKey);
        return client;
    }

    /// <summary>Issues a fresh admin key the way the create-admin-key command does.</summary>
    public async Task<string> CreateAdminKeyAsync(string label = "test admin")
    {
        var issued = await Services.GetRequiredService<ApiKeyStore>().IssueAsync(ApiKeyRoles.Admin, null, label, CancellationToken.None);
        return issued.Key;
    }

    public async Task<HttpClient> AdminClientAsync() => ClientWithKey(await CreateAdminKeyAsync());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_sharedDatabase is null)
        {
            await Database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
