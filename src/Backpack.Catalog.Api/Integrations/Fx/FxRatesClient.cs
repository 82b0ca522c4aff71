using System.Text.Json;
using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Integrations.Fx;

/// <summary>
/// Client of the FX rates service: <c>GET {BaseUrl}/v1/latest?base=USD</c> answering
/// <c>{"base":"USD","asOf":"2026-11-21T06:00:00Z","rates":{"EUR":0.9213,…}}</c> (see api-docs/fx-rates-service.md).
/// Retries, timeouts and the circuit breaker live in its resilience handler (<see cref="Http.OutboundResilience"/>).
/// </summary>
public sealed class FxRatesClient(IHttpClientFactory clients) : IFxRatesSource
{
    public const string ClientName = "fx-rates";

    private sealed record LatestRates(string? Base, DateTimeOffset? AsOf, Dictionary<string, decimal>? Rates);

    public async Task<FxRates> GetLatestAsync(CancellationToken cancellationToken)
    {
        // A client per call from the factory, so its handlers rotate while this source lives as a singleton.
        using var http = clients.CreateClient(ClientName);
        using var response = await http.GetAsync(new Uri("v1/latest?base=USD", UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new FxSourceException($"The FX rates service answered {(int)response.StatusCode}.");
        }

        LatestRates? body;
        try
        {
            body = await response.Content.ReadFromJsonAsync<LatestRates>(JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new FxSourceException("The FX rates service answered with a body that is not the documented JSON.", ex);
        }

        if (body is not { Base: Money.BaseCurrency, AsOf: { } asOf, Rates: { Count: > 0 } rates } || rates.Values.Any(r => r <= 0))
        {
            throw new FxSourceException("The FX rates service answered without base USD, asOf and positive rates.");
        }

        return new FxRates(asOf, rates);
    }
}
