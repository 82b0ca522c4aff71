using System.Text.Json;

namespace Backpack.Catalog.Api.Integrations.Fx;

/// <summary>The fixed demo rates shipped in db/seed/fx-rates.json, so the embedded default quotes every currency offline.</summary>
public sealed class StaticFxRatesSource : IFxRatesSource
{
    private static readonly Lazy<FxRates> Rates = new(Load);

    public Task<FxRates> GetLatestAsync(CancellationToken cancellationToken) => Task.FromResult(Rates.Value);

    private static FxRates Load()
    {
        using var stream = typeof(StaticFxRatesSource).Assembly.GetManifestResourceStream("db/seed/fx-rates.json")
            ?? throw new InvalidOperationException("db/seed/fx-rates.json is not embedded in this build.");
        return JsonSerializer.Deserialize<FxRates>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("db/seed/fx-rates.json is empty.");
    }
}
