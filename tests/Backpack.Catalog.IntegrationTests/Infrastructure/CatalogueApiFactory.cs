using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>The real HTTP pipeline on a fresh database per test class.</summary>
public class CatalogueApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    [ThreadStatic]
    private static bool t_creatingCheckedClient;

    private TestDatabase? _sharedDatabase;

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>False: the product families but no products and no demo accounts, as a real deployment starts.</summary>
    public bool SeedDemoCatalogue { get; init; } = true;

    /// <summary>A second app instance on the same database, as two hosts behind a load balancer would be.</summary>
    public static CatalogueApiFactory SharingDatabaseWith(CatalogueApiFactory first) => new() { _sharedDatabase = first.Database };

    /// <summary>Runs on a database the test owns and disposes, so it can outlive this app instance (a restart).</summary>
    public TestDatabase? ExternalDatabase { init => _sharedDatabase = value; }

    /// <summary>Runs the app on Kestrel at a port the OS picks on 127.0.0.1 instead of the in-memory test server.</summary>
    protected void ListenOnLoopback() => UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));

    public async ValueTask InitializeAsync()
    {
        Database = _sharedDatabase ?? await TestDatabase.CreateAsync(SeedDemoCatalogue);
        // Start the host now so migration and seeding happen before the first test.
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Files:Folder", FilesFolder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Warning");
        builder.UseSetting($"Logging:LogLevel:{AccessLog.Category}", "Warning");
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

    /// <summary>
    /// A client of the in-memory server, as the base class makes it, whose every response is also checked against the
    /// OpenAPI document the app serves (<see cref="OpenApiConformanceHandler"/>). It hides the base method, which is not
    /// virtual; <see cref="ConfigureClient"/> refuses clients made any other way, so none can escape the check.
    /// </summary>
    public new HttpClient CreateClient()
    {
        List<DelegatingHandler> handlers = [];
        if (ClientOptions.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(ClientOptions.MaxAutomaticRedirections));
        }

        if (ClientOptions.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        // Innermost, so it sees each response the server sends, redirects included.
        handlers.Add(new OpenApiConformanceHandler(ConformanceRun.Shared));
        t_creatingCheckedClient = true;
        try
        {
            return CreateDefaultClient(ClientOptions.BaseAddress, [.. handlers]);
        }
        finally
        {
            t_creatingCheckedClient = false;
        }
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (!t_creatingCheckedClient)
        {
            throw new InvalidOperationException(
                $"Get clients from {nameof(CatalogueApiFactory)}.{nameof(CreateClient)}() (or {nameof(ClientWithKey)}, {nameof(AdminClientAsync)}), " +
                "so that every response is checked against the OpenAPI document.");
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

    /// <summary>Where this app keeps uploaded files: its database's, so apps sharing a database share its files, and the seed's pictures.</summary>
    public string FilesFolder => Database.FilesFolder;

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
