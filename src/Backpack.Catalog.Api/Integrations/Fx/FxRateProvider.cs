using Backpack.Catalog.Api.Features.Pricing;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Backpack.Catalog.Api.Integrations.Fx;

public enum RatesState
{
    /// <summary>Retrieved within the cache TTL.</summary>
    Fresh,

    /// <summary>The service is failing; the last rates are served while younger than the maximum age.</summary>
    Stale,

    /// <summary>The service is failing and no rates young enough remain: non-USD prices answer 503.</summary>
    Unavailable,
}

/// <summary>The rates in use now, with where they stand. <see cref="Rates"/> is null when unavailable.</summary>
public sealed record RatesView(RatesState State, FxRates? Rates, DateTimeOffset? RetrievedAt, TimeSpan? Age, string? LastError);

/// <summary>One currency's rate for a conversion, and how old it is.</summary>
public sealed record ConversionRate(Currency Currency, decimal Rate, DateTimeOffset? AsOf, TimeSpan Age, RatesState State);

/// <summary>
/// Caches the rates for <see cref="FxOptions.CacheTtl"/>; after that, one caller refreshes while the others wait.
/// When the source fails, the last rates are served (state Stale) until <see cref="FxOptions.MaxRateAge"/> after
/// their retrieval; past that, conversions throw <see cref="RatesUnavailableException"/> (503). USD never needs a rate.
/// </summary>
public sealed class FxRateProvider(IFxRatesSource source, TimeProvider clock, IOptions<FxOptions> options, ILogger<FxRateProvider> logger)
    : IDisposable
{
    /// <summary>The last refresh error is cut to this, as the currencies list shows it.</summary>
    public const int MaxErrorLength = 500;

    /// <summary>The states as the API writes them.</summary>
    public static readonly IReadOnlyList<string> StateNames = Enum.GetNames<RatesState>().Select(n => n.ToLowerInvariant()).ToList();

    private sealed record Snapshot(FxRates Rates, DateTimeOffset RetrievedAt);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _last;
    private volatile string? _lastError;

    public async Task<RatesView> CurrentAsync(CancellationToken cancellationToken)
    {
        var fresh = FreshSnapshot();
        if (fresh is not null)
        {
            return View(fresh, RatesState.Fresh);
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            fresh = FreshSnapshot();
            if (fresh is null)
            {
                fresh = await TryRefreshAsync(cancellationToken);
            }
        }
        finally
        {
            _refresh.Release();
        }

        if (fresh is not null)
        {
            return View(fresh, RatesState.Fresh);
        }

        var last = _last;
        return last is not null && clock.GetUtcNow() - last.RetrievedAt <= options.Value.MaxRateAge
            ? View(last, RatesState.Stale)
            : new RatesView(RatesState.Unavailable, null, last?.RetrievedAt, last is null ? null : clock.GetUtcNow() - last.Rates.AsOf, _lastError);
    }

    public async Task<ConversionRate> RateForAsync(Currency currency, CancellationToken cancellationToken)
    {
        if (currency.Code == Money.BaseCurrency)
        {
            return new ConversionRate(currency, 1m, null, TimeSpan.Zero, RatesState.Fresh);
        }

        var view = await CurrentAsync(cancellationToken);
        if (view.Rates is null || !view.Rates.Rates.TryGetValue(currency.Code, out var rate))
        {
            throw new RatesUnavailableException(currency.Code, options.Value.UnavailableRetryAfter);
        }

        return new ConversionRate(currency, rate, view.Rates.AsOf, view.Age ?? TimeSpan.Zero, view.State);
    }

    private Snapshot? FreshSnapshot()
    {
        var last = _last;
        return last is not null && clock.GetUtcNow() - last.RetrievedAt < options.Value.CacheTtl ? last : null;
    }

    private async Task<Snapshot?> TryRefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            var rates = await source.GetLatestAsync(cancellationToken);
            var snapshot = new Snapshot(rates, clock.GetUtcNow());
            _last = snapshot;
            _lastError = null;
            return snapshot;
        }
        catch (Exception ex) when (ex is FxSourceException or HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            _lastError = ex is BrokenCircuitException ? "The FX rates service is failing; calls are paused by the circuit breaker."
                : ex.Message.Length <= MaxErrorLength ? ex.Message : ex.Message[..MaxErrorLength];
            logger.LogWarning("FX rates refresh failed: {Reason}", _lastError);
            return null;
        }
    }

    /// <summary>
    /// The age is the rates' own: since their publication (asOf), not since this API fetched them, so day-old rates never
    /// look new. Rates older than <see cref="FxOptions.MaxRateAge"/> by that date are stale even when just fetched.
    /// </summary>
    private RatesView View(Snapshot snapshot, RatesState state)
    {
        var age = clock.GetUtcNow() - snapshot.Rates.AsOf;
        age = age < TimeSpan.Zero ? TimeSpan.Zero : age;
        var outdated = state == RatesState.Fresh && age > options.Value.MaxRateAge;
        return new(outdated ? RatesState.Stale : state, snapshot.Rates, snapshot.RetrievedAt, age,
            outdated ? $"The rates are dated {snapshot.Rates.AsOf:yyyy-MM-ddTHH:mm:ssZ}, older than the {options.Value.MaxRateAge} the API allows for fresh rates."
                : state == RatesState.Fresh ? null : _lastError);
    }

    public void Dispose() => _refresh.Dispose();
}
