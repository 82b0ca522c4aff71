using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Integrations.Fx;
namespace Backpack.Catalog.Api.Features.Pricing.ListCurrencies;

/// <param name="BaseCurrency">Prices are set in this currency; the others are converted from it.</param>
/// <param name="RateSource">Where the rates in use stand.</param>
public sealed record ListCurrenciesResponse(
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string BaseCurrency,
    RateSourceResponse RateSource,
    [property: MaxItemsOf(typeof(Currencies), nameof(Currencies.Codes))] IReadOnlyList<CurrencyResponse> Items)
{
    public static ListCurrenciesResponse Example => new(
        Money.BaseCurrency,
        new RateSourceResponse("fresh", DocumentExamples.PlacedAt, DocumentExamples.DeliveredAt, 120, 86_400, null),
        [new CurrencyResponse("USD", "US dollar", 2, 1m), new CurrencyResponse("EUR", "Euro", 2, 0.9215m), new CurrencyResponse("KES", "Kenyan shilling", 2, 129.35m)]);
}

/// <param name="State">fresh (within the cache period), stale (the rates service is failing; the last rates are still used) or unavailable (non-USD prices answer 503).</param>
/// <param name="AsOf">When the rates in use were published (UTC).</param>
/// <param name="RetrievedAt">When this API last retrieved them (UTC).</param>
/// <param name="AgeSeconds">Seconds since the rates were published (their asOf), not since this API fetched them.</param>
/// <param name="MaxAgeSeconds">Rates older than this by their own date are stale; while the rates service fails, its last rates are used
/// up to this long after they were fetched, and past that non-USD prices answer 503.</param>
/// <param name="LastError">Why the state is not fresh: the last refresh's error, or that the rates are older than maxAgeSeconds.</param>
public sealed record RateSourceResponse(
    [property: OneOf(typeof(FxRateProvider), nameof(FxRateProvider.StateNames))] string State,
    DateTime? AsOf,
    DateTime? RetrievedAt,
    [property: Range(typeof(long), "0", "9223372036854775807")] long? AgeSeconds,
    [property: Range(typeof(long), "0", "9223372036854775807")] long MaxAgeSeconds,
    [property: MaxLength(FxRateProvider.MaxErrorLength)] string? LastError);

/// <param name="MinorUnits">Decimal places amounts in this currency are rounded to (half away from zero).</param>
/// <param name="Rate">Units of this currency per US dollar; null while no usable rate exists.</param>
public sealed record CurrencyResponse(
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Code,
    [property: MaxLength(Currencies.MaxNameLength)] string Name,
    [property: Range(0, Currencies.MaxMinorUnits)] int MinorUnits,
    decimal? Rate);
