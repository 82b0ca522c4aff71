using Backpack.Catalog.Api.Integrations.Fx;
using FastEndpoints;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Pricing.ListCurrencies;

public sealed class ListCurrenciesEndpoint(FxRateProvider rates, IOptions<FxOptions> options) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/currencies");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("ListCurrencies")
            .WithTags("Pricing")
            .WithSummary("List the currencies prices can be quoted in")
            .WithDescription("Prices are set in USD and converted at the rates shown. rateSource tells how fresh the rates are: ageSeconds " +
                "counts from the rates' own date (asOf), and rates older than maxAgeSeconds are stale. While the rates service fails, " +
                "the last rates are used up to maxAgeSeconds after retrieval; past that, quotes " +
                "in currencies other than USD answer 503 with Retry-After while USD keeps working.")
            .Produces<ListCurrenciesResponse>(), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var view = await rates.CurrentAsync(ct);
        var source = new RateSourceResponse(
            view.State.ToString().ToLowerInvariant(),
            view.Rates?.AsOf.UtcDateTime,
            view.RetrievedAt?.UtcDateTime,
            view.Age is { } age ? (long)age.TotalSeconds : null,
            (long)options.Value.MaxRateAge.TotalSeconds,
            view.LastError);
        var items = Currencies.All.Select(c => new CurrencyResponse(c.Code, c.Name, c.MinorUnits,
            c.Code == Money.BaseCurrency ? 1m : view.Rates?.Rates.GetValueOrDefault(c.Code) is > 0 and var rate ? rate : null)).ToList();
        await Send.ResultAsync(TypedResults.Ok(new ListCurrenciesResponse(Money.BaseCurrency, source, items)));
    }
}
