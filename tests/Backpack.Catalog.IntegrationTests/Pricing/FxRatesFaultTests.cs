using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.Api.Features.Pricing.ListCurrencies;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Stubs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Pricing;

/// <summary>
/// The FX rates service is WireMock.Net. Each test gets a new app (so the cache and the circuit breaker start
/// empty) and asserts both what the API answered and how many calls the service received.
/// Resilience settings here: 300 ms per attempt, 2 retries, Retry-After capped at 2 s, breaker open at 50 % of at least 4 calls.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class FxRatesFaultTests(WireMockFixture wireMock) : IClassFixture<WireMockFixture>
{
    private const string RatesPath = "/v1/latest";
    private static readonly TimeSpan CacheTtl = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxRateAge = TimeSpan.FromHours(1);

    private sealed class FxApiFactory(Uri fxBaseUrl, ManualClock clock) : CatalogueApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Fx:Source", "Http");
            builder.UseSetting("Fx:BaseUrl", fxBaseUrl.ToString());
            builder.UseSetting("Fx:CacheTtl", CacheTtl.ToString());
            builder.UseSetting("Fx:MaxRateAge", MaxRateAge.ToString());
            builder.UseSetting("Fx:UnavailableRetryAfter", "00:00:45");
            // Long enough for the first call of a cold process (JIT, the stub's first answer), shorter than the slow stub's 1.5 s.
            builder.UseSetting("Fx:Resilience:AttemptTimeout", "00:00:01");
            builder.UseSetting("Fx:Resilience:TotalTimeout", "00:00:05");
            builder.UseSetting("Fx:Resilience:MaxRetries", "2");
            builder.UseSetting("Fx:Resilience:RetryBaseDelay", "00:00:00.020");
            builder.UseSetting("Fx:Resilience:MaxRetryAfter", "00:00:02");
            builder.UseSetting("Fx:Resilience:BreakerMinimumThroughput", "4");
            builder.UseSetting("Fx:Resilience:BreakerFailureRatio", "0.5");
            builder.UseSetting("Fx:Resilience:BreakerSamplingDuration", "00:01:00");
            builder.UseSetting("Fx:Resilience:BreakerBreakDuration", "00:01:00");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 21, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_age_of_rates_counts_from_their_own_date_and_old_rates_are_stale_even_when_just_fetched()
    {
        await wireMock.UseAsync(FxStubs.Healthy);
        _clock.Advance(TimeSpan.FromMinutes(30));
        await using var api = await StartAsync();

        var recent = (await QuoteAsync(api, "EUR").ShouldBeJsonAsync<QuoteResponse>()).ExchangeRate!;
        (recent.State, recent.AgeSeconds).ShouldBe(("fresh", 1800L), "published 30 minutes ago, fetched just now");

        _clock.Advance(MaxRateAge + CacheTtl);
        var old = (await QuoteAsync(api, "EUR").ShouldBeJsonAsync<QuoteResponse>()).ExchangeRate!;
        old.State.ShouldBe("stale", "the service answered, but with rates older than Fx:MaxRateAge");
        old.AgeSeconds.ShouldBe((long)(TimeSpan.FromMinutes(30) + MaxRateAge + CacheTtl).TotalSeconds);
    }

    [Fact]
    public async Task Healthy_service_rates_are_used_and_cached()
    {
        await wireMock.UseAsync(FxStubs.Healthy);
        await using var api = await StartAsync();

        var quote = await QuoteAsync(api, "EUR").ShouldBeJsonAsync<QuoteResponse>();
        quote.ExchangeRate!.Rate.ShouldBe(0.9m);
        quote.ExchangeRate.State.ShouldBe("fresh");
        quote.Lines[0].UnitPrice!.Currency.ShouldBe("EUR");
        await QuoteAsync(api, "GBP").ShouldBeJsonAsync<QuoteResponse>();

        (await wireMock.SettledCountAsync("GET", RatesPath, 1)).ShouldBe(1, "the second quote is served from the cache");

        _clock.Advance(CacheTtl + TimeSpan.FromSeconds(1));
        await QuoteAsync(api, "EUR").ShouldBeJsonAsync<QuoteResponse>();
        (await wireMock.SettledCountAsync("GET", RatesPath, 2)).ShouldBe(2, "past the TTL the rates are fetched again");
    }

    [Fact]
    public async Task A_service_slower_than_the_attempt_timeout_once_is_retried()
    {
        await wireMock.UseAsync(FxStubs.SlowOnceThenHealthy);
        await using var api = await StartAsync();

        var quote = await QuoteAsync(api, "EUR").ShouldBeJsonAsync<QuoteResponse>();

        quote.ExchangeRate!.Rate.ShouldBe(0.9m);
        (await wireMock.SettledCountAsync("GET", RatesPath, 2)).ShouldBe(2);
    }

    [Fact]
    public async Task A_service_always_slower_than_the_attempt_timeout_gives_503_for_other_currencies_but_usd_works()
    {
        await wireMock.UseAsync(FxStubs.Slow);
        await using var api = await StartAsync();

        var response = await QuoteAsync(api, "EUR");
        await ShouldBeRatesUnavailableAsync(response);
        (await QuoteAsync(api, "USD")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wireMock.SettledCountAsync("GET", RatesPath, 3)).ShouldBe(3, "one attempt and two retries");
    }

    [Fact]
    public async Task Two_503s_then_200_is_retried_to_success()
    {
        await wireMock.UseAsync(FxStubs.ServiceUnavailableTwiceThenHealthy);
        await using var api = await StartAsync();

        var quote = await QuoteAsync(api, "ZAR").ShouldBeJsonAsync<QuoteResponse>();

        quote.ExchangeRate!.Rate.ShouldBe(18.0m);
        (await wireMock.SettledCountAsync("GET", RatesPath, 3)).ShouldBe(3);
    }

    [Fact]
    public async Task Retry_after_from_the_service_is_honoured()
    {
        var wait = await WaitBeforeTheRetryAsync(FxStubs.RetryAfterThenHealthy);

        wait.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900), "Retry-After: 1 asked for a second");
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_waits_only_the_cap()
    {
        var wait = await WaitBeforeTheRetryAsync(FxStubs.LongRetryAfterThenHealthy);

        wait.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1900), "MaxRetryAfter is 2 s");
        wait.ShouldBeLessThan(TimeSpan.FromSeconds(4), "Retry-After: 120 is capped at MaxRetryAfter");
    }

    /// <summary>A quote through a service that first answers 503 with a Retry-After: the time between its two calls.</summary>
    private async Task<TimeSpan> WaitBeforeTheRetryAsync(Action<WireMock.Server.WireMockServer> stubs)
    {
        await wireMock.UseAsync(stubs);
        await using var api = await StartAsync();

        (await QuoteAsync(api, "EUR")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var received = await wireMock.ReceivedAtAsync(RatesPath);
        received.Count.ShouldBe(2);
        return received[1] - received[0];
    }

    [Fact]
    public async Task Connection_resets_are_retried_then_answered_with_503()
    {
        await wireMock.UseAsync(FxStubs.ConnectionReset);
        await using var api = await StartAsync();

        await ShouldBeRatesUnavailableAsync(await QuoteAsync(api, "NGN"));
        (await wireMock.SettledCountAsync("GET", RatesPath, 3)).ShouldBe(3);
    }

    [Fact]
    public async Task A_malformed_body_is_not_retried_and_gives_503()
    {
        await wireMock.UseAsync(FxStubs.Malformed);
        await using var api = await StartAsync();

        await ShouldBeRatesUnavailableAsync(await QuoteAsync(api, "EUR"));
        (await wireMock.SettledCountAsync("GET", RatesPath, 1)).ShouldBe(1, "a 200 with a bad body is not transient");
        var currencies = await api.CreateClient().GetJsonAsync<ListCurrenciesResponse>("/v1/currencies");
        currencies!.RateSource.State.ShouldBe("unavailable");
        currencies.RateSource.LastError.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Down_for_good_serves_stale_rates_opens_the_breaker_then_503_after_the_maximum_age()
    {
        await wireMock.UseAsync(FxStubs.Healthy);
        await using var api = await StartAsync();
        (await QuoteAsync(api, "EUR").ShouldBeJsonAsync<QuoteResponse>()).ExchangeRate!.State.ShouldBe("fresh");
        (await wireMock.SettledCountAsync("GET", RatesPath, 1)).ShouldBe(1);

        await wireMock.UseAsync(FxStubs.Down);
        _clock.Advance(CacheTtl + TimeSpan.FromMinutes(1));
        var stale = await QuoteAsync(api, "EUR").ShouldBeJsonAsync<QuoteResponse>();
        stale.ExchangeRate!.State.ShouldBe("stale");
        stale.ExchangeRate.Rate.ShouldBe(0.9m);
        stale.ExchangeRate.AgeSeconds.ShouldBe((long)(CacheTtl + TimeSpan.FromMinutes(1)).TotalSeconds);
        var staleProduct = await api.CreateClient().GetJsonAsync<ProductResponse>("/v1/products/classic-metro-9?currency=EUR");
        staleProduct!.ExchangeRate.ShouldBe(stale.ExchangeRate, "catalogue reads convert at the rate quotes use, and say it is stale");
        // 1 success and 3 failures reach the minimum throughput at a 75 % failure ratio: the breaker opens.
        (await wireMock.SettledCountAsync("GET", RatesPath, 3)).ShouldBe(3);

        for (var i = 0; i < 3; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            (await QuoteAsync(api, "EUR").ShouldBeJsonAsync<QuoteResponse>()).ExchangeRate!.State.ShouldBe("stale");
        }

        (await wireMock.SettledCountAsync("GET", RatesPath, 3)).ShouldBe(3, "the open breaker stops calls to a service that is down");

        _clock.Advance(MaxRateAge);
        await ShouldBeRatesUnavailableAsync(await QuoteAsync(api, "EUR"));
        (await QuoteAsync(api, "USD")).StatusCode.ShouldBe(HttpStatusCode.OK, "USD needs no rate");
        foreach (var read in new[] { "/v1/products?currency=EUR", "/v1/products/classic-metro-9?currency=EUR", "/v1/variants/CL-METRO9-BLK?currency=EUR" })
        {
            await ShouldBeRatesUnavailableAsync(await api.CreateClient().GetAsync(read, TestContext.Current.CancellationToken));
            (await api.CreateClient().GetAsync(read.Replace("EUR", "USD", StringComparison.Ordinal), TestContext.Current.CancellationToken))
                .StatusCode.ShouldBe(HttpStatusCode.OK, "USD catalogue reads need no rate");
        }

        var currencies = await api.CreateClient().GetJsonAsync<ListCurrenciesResponse>("/v1/currencies");
        currencies!.RateSource.State.ShouldBe("unavailable");
        currencies.Items.Single(c => c.Code == "EUR").Rate.ShouldBeNull();
        currencies.Items.Single(c => c.Code == "USD").Rate.ShouldBe(1m);
    }

    private async Task<FxApiFactory> StartAsync()
    {
        var api = new FxApiFactory(wireMock.BaseUrl, _clock);
        await api.InitializeAsync();
        return api;
    }

    private static Task<HttpResponseMessage> QuoteAsync(CatalogueApiFactory api, string currency) =>
        api.CreateClient().PostAsJsonAsync("/v1/quotes",
            new { currency, lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 100 } } }, TestContext.Current.CancellationToken);

    private static async Task ShouldBeRatesUnavailableAsync(HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/rates-unavailable");
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(45));
    }
}
