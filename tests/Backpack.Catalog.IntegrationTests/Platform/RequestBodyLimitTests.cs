using System.Net;
using System.Text;
using Backpack.Catalog.IntegrationTests.Imports;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// The app taking bodies of at most 4 KiB, except the catalogue import, which keeps its own 4 MiB default. On Kestrel,
/// because the server decides how a body that fails to read surfaces.
/// </summary>
public sealed class SmallBodyLimitApiFactory : CatalogueApiFactory
{
    public const int MaxBytes = 4096;

    public SmallBodyLimitApiFactory() => ListenOnLoopback();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RequestBody:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class RequestBodyLimitTests(SmallBodyLimitApiFactory api) : IClassFixture<SmallBodyLimitApiFactory>
{
    private const string Quote = """{"lines": [{"sku": "CL-METRO9-BLK", "quantity": 100}]}""";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A valid quote request padded with trailing whitespace to exactly <paramref name="bytes"/> bytes.</summary>
    private static string QuoteOf(int bytes) => Quote + new string(' ', bytes - Quote.Length);

    [Fact]
    public async Task A_json_body_over_the_limit_by_content_length_is_a_413_problem()
    {
        var response = await api.CreateClient().PostAsync("/v1/quotes",
            new StringContent(QuoteOf(SmallBodyLimitApiFactory.MaxBytes + 1), Encoding.UTF8, "application/json"), Cancel);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/payload-too-large");
        problem.GetProperty("detail").GetString()!.ShouldContain($"at most {SmallBodyLimitApiFactory.MaxBytes} bytes");
        response.Headers.Contains("RateLimit").ShouldBeTrue("a refused body still counts and reports the quota");
    }

    [Fact]
    public async Task A_chunked_json_body_over_the_limit_is_a_413_problem_and_one_at_the_limit_is_served()
    {
        // Not the factory's client: it buffers bodies to replay them on redirects, which gives them a Content-Length.
        using var client = new HttpClient { BaseAddress = api.CreateClient().BaseAddress };

        var over = await client.PostAsync("/v1/quotes", new ChunkedContent(QuoteOf(SmallBodyLimitApiFactory.MaxBytes + 1)), Cancel);
        var atLimit = await client.PostAsync("/v1/quotes", new ChunkedContent(QuoteOf(SmallBodyLimitApiFactory.MaxBytes)), Cancel);

        var problem = await over.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/payload-too-large");
        problem.GetProperty("detail").GetString()!.ShouldContain($"at most {SmallBodyLimitApiFactory.MaxBytes} bytes");
        atLimit.StatusCode.ShouldBe(HttpStatusCode.OK, await atLimit.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task The_catalogue_import_keeps_its_own_larger_limit()
    {
        var admin = await api.AdminClientAsync();
        var file = "{\"products\":[]" + new string(' ', 4 * SmallBodyLimitApiFactory.MaxBytes) + "}";

        var response = await admin.ImportJsonAsync(file, dryRun: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
    }
}
