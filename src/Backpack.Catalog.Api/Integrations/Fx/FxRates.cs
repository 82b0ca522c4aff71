namespace Backpack.Catalog.Api.Integrations.Fx;

/// <summary>Units of each currency per one US dollar, as published at <paramref name="AsOf"/>.</summary>
public sealed record FxRates(DateTimeOffset AsOf, IReadOnlyDictionary<string, decimal> Rates);

public interface IFxRatesSource
{
    /// <summary>The latest rates. Throws <see cref="FxSourceException"/> (or a resilience exception) when none can be had.</summary>
    Task<FxRates> GetLatestAsync(CancellationToken cancellationToken);
}

public sealed class FxSourceException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>No rate usable for the currency: the service fails and the last rates are older than allowed (or there are none).</summary>
public sealed class RatesUnavailableException(string currency, TimeSpan retryAfter)
    : Exception($"No exchange rate for {currency} is available right now.")
{
    public string Currency { get; } = currency;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
