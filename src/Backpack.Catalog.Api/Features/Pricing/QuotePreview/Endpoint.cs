using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Integrations.Fx;
using FastEndpoints;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

public sealed class QuotePreviewEndpoint(
    IDbConnectionFactory connections, FxRateProvider rates, TimeProvider clock, IOptions<OrdersOptions> orders, LandedCostService landedCosts)
    : Endpoint<QuoteRequest>
{
    public override void Configure()
    {
        Post("/quotes");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("CreateQuote")
            .WithTags("Pricing")
            .WithSummary("Preview prices for SKUs and quantities")
            .WithDescription("Prices each line server-side and explains it: the tier applied and the next one, the nearest valid " +
                "quantities when MOQ, carton increment or maximum is broken (MOQ 48, carton 24, asked 50 → 48 or 72), the split " +
                "between stock and made-to-order with an estimated ship date, and every violation at once with a stable code. " +
                "A quote with violations is still 200 with valid=false; only a malformed request is 400. A valid quote is held: its " +
                "quoteId keeps these prices and this exchange rate for an order with exactly these lines until validUntil (7 days). " +
                "No stock is reserved. With a destination (destinationCountry, or a C or D rule's place), compliance lists what its " +
                "requirements ask of each line: a product certificate that is missing or expired is a line violation (certificate_missing, " +
                "certificate_expired), and the certificates each shipment must get are a checklist.")
            .Accepts<QuoteRequest>("application/json")
            .ProducesValidationProblem()
            .Produces<QuoteResponse>()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable), clearDefaults: true);
    }

    public override async Task HandleAsync(QuoteRequest req, CancellationToken ct)
    {
        var currency = Currencies.ByCode[req.Currency ?? Money.BaseCurrency];
        var rate = await rates.RateForAsync(currency, ct);
        var lines = req.Lines!;

        await using var connection = await connections.OpenAsync(ct);
        var now = clock.GetUtcNow();
        var priceList = await PriceListData.InEffectAsync(connection, connections.Dialect, Caller.DistributorOf(User), now);
        var variants = await PricingData.QueryAsync(connection, connections.Dialect.Render(PricingData.SelectPricingBatch),
            lines.Select(l => l.Sku!).Distinct(StringComparer.Ordinal).ToList(), priceList?.Applying);

        var known = lines.Where(l => variants.ContainsKey(l.Sku!)).ToList();
        var evaluations = PriceBook.Evaluate(known.Select(l =>
        {
            var v = variants[l.Sku!];
            return new PricingLine(v.Row.ProductId, v.Row.ProductMoq, v.Pricing, l.Quantity!.Value, l.Sample == true);
        }).ToList());
        var byLine = known.Zip(evaluations).ToDictionary(pair => pair.First, pair => pair.Second);
        var customization = PricingData.Customize(lines, variants, await PricingData.OptionsAsync(connection, lines));

        var assembler = new QuoteAssembler(rate, DateOnly.FromDateTime(now.UtcDateTime));
        var responseLines = lines.Select((line, i) =>
            assembler.Line(i + 1, line, variants.GetValueOrDefault(line.Sku!), byLine.GetValueOrDefault(line), customization.For(i + 1))).ToList();
        var setupFees = assembler.SetupFees(customization.SetupFees);

        var costed = responseLines
            .Where(l => l.LineTotal is not null)
            .Select(l => Costed(l, variants[l.Sku].Row, byLine[lines[l.Line - 1]], customization.For(l.Line)))
            .ToList();
        var place = req.Incoterm is { } incoterm ? Places.Resolve(incoterm.Place)! : null;
        var rule = req.Incoterm is { } asked ? Incoterms.ByCode[asked.Rule!] : null;
        if (rule is not null && NamedPlaceRules.CheckOrigin(rule, place!, costed.Select(c => (c.Sku, c.OriginCountry))) is { } wrongPlace)
        {
            await Send.ResultAsync(Problems.Validation("incoterm.place", wrongPlace));
            return;
        }

        var destination = req.DestinationCountry ?? (rule is not null && !rule.Place.DeliversAtOrigin() ? place!.Country : null);
        LandedCost? landed = null;
        var shipment = landedCosts.Shipment(costed);
        if (rule is not null && costed.Count > 0)
        {
            var input = new LandedCostInput(rule, place!, destination, req.ShippingMode, req.RequestedDeliveryDate, currency, rate.Rate,
                PriceListInEffect.GoodsSourceOf(priceList), DateOnly.FromDateTime(now.UtcDateTime), costed);
            var calculation = await landedCosts.PrepareAsync(connection, connections.Dialect, input, ct);
            landed = calculation.Calculate(input);
            shipment = calculation.Shipment(costed, landed);
        }

        Compliance.ComplianceResponse? compliance = null;
        if (destination is not null)
        {
            var checkedLines = responseLines.Where(l => variants.ContainsKey(l.Sku))
                .Select(l => Compliance.ComplianceLine.Of(l.Line, variants[l.Sku].Row)).ToList();
            var result = await Compliance.ComplianceCheck.RunAsync(connection, connections.Dialect, destination, checkedLines, DateOnly.FromDateTime(now.UtcDateTime));
            compliance = result.Response;
            responseLines = responseLines.Select(l => result.Violations.Any(v => v.Line == l.Line)
                ? l with { Violations = [.. l.Violations, .. result.Violations.Where(v => v.Line == l.Line).Select(v => new ViolationResponse(v.Code, v.Message))] }
                : l).ToList();
        }

        var valid = responseLines.All(l => l.Violations.Count == 0);
        string? quoteId = null;
        DateTimeOffset? validUntil = null;
        if (valid)
        {
            quoteId = QuoteIds.New();
            validUntil = now + orders.Value.QuoteValidity;
            using var turn = await connections.TakeWriteTurnAsync(ct);
            await QuoteHoldData.HoldAsync(connection, connections.Dialect, quoteId, currency.Code, rate.Rate, rate.AsOf, now, validUntil.Value,
                lines.Select(l => new QuoteHoldData.HeldLine(l.Sku!, l.Sample == true, l.Quantity!.Value, byLine[l].UnitPriceCents!.Value,
                    OrderCustomizations.Fingerprint(l.Customizations))).ToList(),
                ct);
        }

        await Send.ResultAsync(TypedResults.Ok(new QuoteResponse(
            quoteId,
            validUntil?.UtcDateTime,
            currency.Code,
            ExchangeRateResponse.Of(rate),
            rule is null ? null : IncotermResponse.Of(rule.Code, place!.Code),
            destination,
            req.RequestedDeliveryDate,
            valid,
            responseLines,
            setupFees,
            assembler.Totals(),
            shipment,
            landed?.Response,
            priceList?.Response,
            compliance,
            now.UtcDateTime)));
    }

    /// <summary>The line as landed cost values it: the goods with their customisation surcharges (setup fees are a service, not goods).</summary>
    private static CostedLine Costed(QuoteLineResponse line, PricingData.PricingRow variant, LineEvaluation evaluation, LineCustomizations customizations) => new(
        line.Line, line.Sku, line.Quantity, variant.OriginCountry, variant.HsCode, evaluation.LineTotalCents!.Value + customizations.SurchargeCents,
        line.LineTotal!.Amount + line.Customizations.Sum(c => c.Surcharge?.Amount ?? 0),
        variant.CartonSize, variant.WeightGrams, CartonPacking.Of(variant), line.Availability!.EstimatedShipDate, line.Sample);
}
