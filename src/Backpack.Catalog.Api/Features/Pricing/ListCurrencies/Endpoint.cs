using Backpack.Catalog.Api.Integrations.Fx;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Pricing.ListCurrencies;

public static class ListCurrenciesEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/currencies", HandleAsync)
            .WithName("ListCurrencies")
            .WithTags("Pricing")
            .WithSummary("List the currencies prices can be quoted in")
            .WithDescription("Prices are set in USD and converted at the rates shown. rateSource tells how fresh the rates are: " +
                "while the rates service fails, the last rates are used up to maxAgeSeconds after retrieval; past that, quotes " +
                "in currencies other than USD answer 503 with Retry-After while USD keeps working.")
            .Produces<ListCurrenciesResponse>();

    private static async Task<IResult> HandleAsync(FxRateProvider rates, IOptions<FxOptions> options, CancellationToken cancellationToken)
    {
        var view = await rates.CurrentAsync(cancellationToken);
        var source = new RateSourceResponse(
            view.State.ToString().ToLowerInvariant(),
            view.Rates?.AsOf.UtcDateTime,
            view.RetrievedAt?.UtcDateTime,
            view.Age is { } age ? (long)age.TotalSeconds : null,
            (long)options.Value.MaxRateAge.TotalSeconds,
            view.LastError);
        var items = Currencies.All.Select(c => new CurrencyResponse(c.Code, c.Name, c.MinorUnits,
            c.Code == Money.BaseCurrency ? 1m : view.Rates?.Rates.GetValueOrDefault(c.Code) is > 0 and var rate ? rate : null)).ToList();
        return TypedResults.Ok(new ListCurrenciesResponse(Money.BaseCurrency, source, items));
    }
}
