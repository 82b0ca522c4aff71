using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Integrations.Fx;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

public static class QuotePreviewEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/quotes", HandleAsync)
            .WithName("CreateQuote")
            .WithTags("Pricing")
            .WithSummary("Preview prices for SKUs and quantities")
            .WithDescription("Prices each line server-side and explains it: the tier applied and the next one, the nearest valid " +
                "quantities when MOQ, carton increment or maximum is broken (MOQ 48, carton 24, asked 50 → 48 or 72), the split " +
                "between stock and made-to-order with an estimated ship date, and every violation at once with a stable code. " +
                "A quote with violations is still 200 with valid=false; only a malformed request is 400. Nothing is stored or reserved.")
            .Accepts<QuoteRequest>("application/json")
            .Validated<QuoteRequest>()
            .Produces<QuoteResponse>()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Ok<QuoteResponse>> HandleAsync(
        QuoteRequest request, IDbConnectionFactory connections, FxRateProvider rates, TimeProvider clock, CancellationToken cancellationToken)
    {
        var currency = Currencies.ByCode[request.Currency ?? Money.BaseCurrency];
        var rate = await rates.RateForAsync(currency, cancellationToken);
        var lines = request.Lines!;

        IReadOnlyDictionary<string, QuotePreviewData.PricedVariant> variants;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            variants = await QuotePreviewData.QueryAsync(connection, connections.Dialect.Render(QuotePreviewData.SelectPricingBatch),
                lines.Select(l => l.Sku!).Distinct(StringComparer.Ordinal).ToList());
        }

        var known = lines.Where(l => variants.ContainsKey(l.Sku!)).ToList();
        var evaluations = PriceBook.Evaluate(known.Select(l =>
        {
            var v = variants[l.Sku!];
            return new PricingLine(v.Row.ProductId, v.Row.ProductMoq, v.Pricing, l.Quantity!.Value, l.Sample);
        }).ToList());
        var byLine = known.Zip(evaluations).ToDictionary(pair => pair.First, pair => pair.Second);

        var now = clock.GetUtcNow();
        var assembler = new QuoteAssembler(rate, DateOnly.FromDateTime(now.UtcDateTime));
        var responseLines = lines.Select((line, i) =>
            assembler.Line(i + 1, line, variants.GetValueOrDefault(line.Sku!), byLine.GetValueOrDefault(line))).ToList();

        return TypedResults.Ok(new QuoteResponse(
            currency.Code,
            currency.Code == Money.BaseCurrency ? null : new ExchangeRateResponse(Money.BaseCurrency, currency.Code, rate.Rate,
                rate.AsOf?.UtcDateTime, (long)rate.Age.TotalSeconds, rate.State.ToString().ToLowerInvariant()),
            request.Incoterm,
            request.DestinationCountry,
            responseLines.All(l => l.Violations.Count == 0),
            responseLines,
            assembler.Totals(),
            now.UtcDateTime));
    }
}
