using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling;

/// <summary>
/// The storefront example page (api-docs/storefront/index.html) in Debian's chromium, served from an origin of its own as a shop's
/// site would be, driven by NodeTools/storefront-page-check.mjs: it must draw, from the API alone and across CORS, the grid the API
/// lists, each card's cover loaded, prices in the currency asked and the family facets' counts. The screenshots are kept under
/// TestResults/storefront/; the guide shows them.
/// </summary>
public sealed class StorefrontPageTests(StorefrontPageTests.StorefrontApiFactory api, ITestOutputHelper output) : IClassFixture<StorefrontPageTests.StorefrontApiFactory>
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    private static readonly string PageFolder = Path.Combine(BuildPaths.RepositoryRoot, "api-docs", "storefront");

    /// <summary>The app on a real socket, allowing the page's origin (a port chosen now, before the page's server takes it).</summary>
    public sealed class StorefrontApiFactory : KestrelApiFactory
    {
        public StorefrontApiFactory()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            PagePort = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        public int PagePort { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cors:AllowedOrigins:0", $"http://127.0.0.1:{PagePort}");
        }
    }

    private sealed record Card(string Id, string Name, string? ImageSrc, int ImageLoadedWidth, string? ImageAlt, string? PriceText, decimal? PriceAmount, string? PriceCurrency);

    private sealed record Facet(string Value, int Count);

    private sealed record PageResult(bool Ok, string? State, string? Status, Card[] Cards, Facet[] Facets, string[] CurrencyOptions, string[] ConsoleErrors,
        string[] FailedRequests, string? Error);

    [Theory]
    [InlineData("", "USD", "storefront-usd.png")]
    [InlineData("currency=EUR&category=kids", "EUR", "storefront-eur-kids.png")]
    [InlineData("currency=EUR&lang=de", "EUR", "storefront-de-eur.png")]
    public async Task The_storefront_page_draws_the_grid_the_api_lists(string query, string currency, string screenshotName)
    {
        File.Exists(Chromium).ShouldBeTrue(
            $"No browser at {Chromium}: install Debian's chromium (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH to a Chromium binary.");
        var screenshot = Path.Combine(BuildPaths.RepositoryRoot, "TestResults", "storefront", screenshotName);
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var run = await NodeTools.RunAsync(TimeSpan.FromSeconds(90), "storefront-page-check.mjs", "--page-dir", PageFolder,
            "--page-port", api.PagePort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--api-base", api.BaseUrl,
            "--query", query, "--screenshot", screenshot);
        var result = run.Json.Deserialize<PageResult>(HttpAssertions.Json)!;
        result.Error.ShouldBeNull(run.ToString());
        result.Ok.ShouldBeTrue($"{result.State}: {result.Status}\n{run}");
        output.WriteLine($"Storefront screenshot: {screenshot}");
        TestContext.Current.AddAttachment(screenshotName, await File.ReadAllBytesAsync(screenshot, TestContext.Current.CancellationToken), "image/png");

        var category = query.Contains("category=kids", StringComparison.Ordinal) ? "&category=kids" : "";
        var german = query.Contains("lang=de", StringComparison.Ordinal);
        var listed = (await api.CreateClient().GetJsonAsync<ListProductsResponse>(
            $"/v1/products?limit=12&currency={currency}{category}" + (german ? "&lang=de" : "")))!;
        listed.Language.ShouldBe(german ? "de" : "en", "a page without lang is in the browser's language, English here");
        var everyFamily = (await api.CreateClient().GetJsonAsync<ListProductsResponse>("/v1/products?limit=1&facets=category"))!;
        result.Cards.Select(c => (c.Id, c.Name)).ShouldBe(listed.Items.Select(p => (p.Id, p.Name)), "the page shows the API's first page, in its order");
        foreach (var (card, product) in result.Cards.Zip(listed.Items))
        {
            var small = product.Image!.Renditions.Single(r => r.Name == "w200" && r.Format == "webp");
            card.ImageSrc.ShouldBe(api.BaseUrl + small.Href, card.Id);
            card.ImageLoadedWidth.ShouldBeGreaterThan(0, $"{card.Id}: the cover was fetched and decoded by the browser");
            card.ImageAlt.ShouldBe(german ? product.Image.AltText.De : product.Image.AltText.En);
            (card.PriceAmount, card.PriceCurrency).ShouldBe((product.PriceAtMoq!.Amount, currency), card.Id);
        }

        result.Facets.Select(f => (f.Value, f.Count)).ShouldBe(everyFamily.Facets!.Category!.Select(f => (f.Value, f.Count)),
            "the sidebar counts every family, whichever is chosen");
        result.CurrencyOptions.ShouldContain("EUR");
        result.Status!.ShouldContain($"prices in {currency}");
        result.ConsoleErrors.ShouldBeEmpty("browser console errors");
        result.FailedRequests.ShouldBeEmpty("failed requests, or requests to anywhere but the page and the API");
    }
}
