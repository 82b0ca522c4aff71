using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.Erp;

/// <summary>
/// The app with its ERP dispatcher pointed at WireMock, on test timings: polls every 50 ms, backs off from 100 ms to
/// 400 ms, one quick retry inside an attempt, and a breaker that stays closed. Attempts wait 3 s for an answer, long
/// enough for a cold WireMock, so that only a test that means to lose an answer sees a message sent twice.
/// </summary>
public sealed class ErpApiFactory(Uri erpBaseUrl, int maxAttempts = 50, TimeSpan? attemptTimeout = null, IReadOnlyDictionary<string, string>? settings = null)
    : CatalogueApiFactory
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(3);

    public static async Task<ErpApiFactory> StartAsync(
        Uri erpBaseUrl, TestDatabase? database = null, int maxAttempts = 50, TimeSpan? attemptTimeout = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var api = new ErpApiFactory(erpBaseUrl, maxAttempts, attemptTimeout, settings) { ExternalDatabase = database };
        await api.InitializeAsync();
        return api;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Erp:BaseUrl", erpBaseUrl.ToString());
        builder.UseSetting("Erp:ApiToken", "erp-test-token");
        builder.UseSetting("Erp:PollInterval", "00:00:00.050");
        builder.UseSetting("Erp:BackoffFirst", "00:00:00.100");
        builder.UseSetting("Erp:BackoffMax", "00:00:00.400");
        builder.UseSetting("Erp:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Erp:LeaseDuration", "00:01:00");
        builder.UseSetting("Erp:Resilience:AttemptTimeout", (attemptTimeout ?? AttemptTimeout).ToString());
        builder.UseSetting("Erp:Resilience:TotalTimeout", ((attemptTimeout ?? AttemptTimeout) * 3).ToString());
        builder.UseSetting("Erp:Resilience:MaxRetries", "1");
        builder.UseSetting("Erp:Resilience:RetryBaseDelay", "00:00:00.020");
        builder.UseSetting("Erp:Resilience:BreakerMinimumThroughput", "10000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
