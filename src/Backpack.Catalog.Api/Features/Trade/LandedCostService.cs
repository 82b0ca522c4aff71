using System.Data.Common;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Integrations.Fx;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>The reference data and exchange rates one shipment is costed with, loaded once and applied as often as needed.</summary>
public sealed class LandedCostCalculation(TradeReference reference, IReadOnlyDictionary<string, decimal> usdRates, LandedCostOptions options)
{
    public LandedCost Calculate(LandedCostInput input) =>
        LandedCostCalculator.Calculate(input, reference, options, currency => usdRates[currency]);

    public ShipmentResponse Shipment(IReadOnlyList<CostedLine> lines, LandedCost? landed) =>
        LandedCostCalculator.Shipment(lines, options, landed?.Response);
}

/// <summary>Loads the lanes, duty rates and insurance terms a shipment needs, with the rates of the currencies they are in.</summary>
public sealed class LandedCostService(FxRateProvider rates, IOptions<LandedCostOptions> options)
{
    public async Task<LandedCostCalculation> PrepareAsync(DbConnection connection, SqlDialect sql, LandedCostInput input, CancellationToken cancellationToken)
    {
        var country = input.DeliversAtOrigin ? input.DestinationCountry : input.Place.Country;
        var reference = await TradeReference.LoadAsync(connection, sql, input.Origins(), input.Destinations(), country);
        var usdRates = new Dictionary<string, decimal>(StringComparer.Ordinal) { [Money.BaseCurrency] = 1m };
        foreach (var currency in reference.Lanes.Select(l => l.Currency).Append(reference.Insurance?.Currency).OfType<string>().Distinct())
        {
            if (!usdRates.ContainsKey(currency) && Currencies.ByCode.TryGetValue(currency, out var known))
            {
                usdRates[currency] = (await rates.RateForAsync(known, cancellationToken)).Rate;
            }
        }

        return new LandedCostCalculation(reference, usdRates, options.Value);
    }

    /// <summary>Shipment figures for lines costed without an Incoterm: no lanes, so the sea-mode advice is the rule of thumb.</summary>
    public ShipmentResponse Shipment(IReadOnlyList<CostedLine> lines) => LandedCostCalculator.Shipment(lines, options.Value, null);
}
