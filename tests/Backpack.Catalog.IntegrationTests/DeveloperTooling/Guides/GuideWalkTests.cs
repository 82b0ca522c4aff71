using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Stubs;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling.Guides;

/// <summary>
/// Every answer shown in api-docs/*.md is the demo database's: each guide is walked, commands and all, on a fresh demo
/// database (<see cref="GuideWalk"/>), and a JSON block that no command answers must say what else it is.
/// </summary>
public sealed class GuideWalkTests(WireMockFixture receiver) : IClassFixture<WireMockFixture>
{
    private static readonly string Docs = Path.GetDirectoryName(BuildPaths.ApiDocs("openapi.json"))!;

    public static TheoryData<string> Guides() =>
        [.. Directory.GetFiles(Docs, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task Every_answer_the_guide_shows_is_what_the_demo_database_answers(string guide)
    {
        var steps = GuideScript.Read(Path.Combine(Docs, guide));
        await receiver.UseAsync(WebhookReceiverStubs.Receivers);
        await using var api = new GuideWalkFactory();
        await api.InitializeAsync();

        var problems = await new GuideWalk(api, await api.CreateAdminKeyAsync("guide walk"), receiver.BaseUrl).RunAsync(steps);

        problems.ShouldBeEmpty($"{guide}:\n{string.Join("\n", problems)}");
    }

    /// <summary>The documented rate-limit quotas; the guides' webhook receiver listens on plain http, and deliveries go out at once.</summary>
    private sealed class GuideWalkFactory : CatalogueApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (policy, quota) in (ReadOnlySpan<(string, int)>)[("Anonymous", 120), ("Storefront", 600), ("Distributor", 300), ("Admin", 300)])
            {
                builder.UseSetting($"RateLimits:{policy}:PermitLimit", quota.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            builder.UseSetting("Webhooks:AllowInsecureHttp", "true");
            builder.UseSetting("Webhooks:PollInterval", "00:00:00.050");
        }
    }
}
