using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.Api.Integrations.Fx;

namespace Backpack.Catalog.Api.Features.Catalogue;

/// <summary>
/// Catalogue prices in the currency a storefront asks for, converted exactly as quotes convert them: each USD unit price becomes
/// round(usd × rate, 2, half away from zero) at the rate quotes use now, so a tier read here equals a quote's unit price at that tier.
/// </summary>
public sealed class CataloguePrices(ConversionRate rate)
{
    public string Currency => rate.Currency.Code;

    /// <summary>The rate used, as quotes show it; null in USD.</summary>
    public ExchangeRateResponse? ExchangeRate => ExchangeRateResponse.Of(rate);

    public static async Task<CataloguePrices> ForAsync(string? currency, FxRateProvider rates, CancellationToken cancellationToken) =>
        new(await rates.RateForAsync(Currencies.ByCode[currency ?? Money.BaseCurrency], cancellationToken));

    public Money Of(long usdCents) => new(Currencies.Convert(usdCents * 0.01m, rate.Rate, rate.Currency), rate.Currency.Code);

    public Money Of(Money usd) => usd.Currency == rate.Currency.Code ? usd : Of(Money.ToCents(usd.Amount));

    public VariantResponse Of(VariantResponse variant) => rate.Currency.Code == Money.BaseCurrency ? variant : variant with
    {
        Sample = variant.Sample is { } sample ? sample with { UnitPrice = Of(sample.UnitPrice) } : null,
        PriceTiers = variant.PriceTiers.Select(t => t with { UnitPrice = Of(t.UnitPrice) }).ToList(),
    };

    /// <summary>
    /// The highest USD price in cents that converts to at most <paramref name="amount"/> in this currency, or -1 when none does.
    /// Conversion never decreases as the USD price grows, so a filter on USD cents up to this bound is the filter on converted prices.
    /// </summary>
    public long UsdCentsAtMost(decimal amount)
    {
        var cents = (long)decimal.Floor(amount / rate.Rate * 100m);
        while (Of(cents + 1).Amount <= amount)
        {
            cents++;
        }

        while (cents >= 0 && Of(cents).Amount > amount)
        {
            cents--;
        }

        return Math.Max(cents, -1);
    }
}
