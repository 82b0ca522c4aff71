using System.Data.Common;
using System.Globalization;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Features.Orders.PlaceOrder;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Integrations.Fx;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders;

public sealed record PricedOrderLine(
    int Number, string Sku, string ProductId, bool Sample, int Quantity, int? TierMinQuantity,
    long UnitPriceUsdCents, long UnitPriceMinor, int StockAvailable, int LeadTimeDays,
    string OriginCountry, string HsCode, int CartonSize, int UnitWeightGrams, CartonPacking? Packing,
    IReadOnlyList<OrderLineCustomization> Customizations, int CustomizationDays)
{
    /// <summary>The goods: unit price times quantity.</summary>
    public long LineTotalMinor => UnitPriceMinor * Quantity;

    public long CustomizationMinor => Customizations.Sum(c => c.UnitSurchargeMinor) * Quantity;

    public long CustomizationUsdCents => Customizations.Sum(c => c.UnitSurchargeUsdCents) * Quantity;
}

/// <summary>An order priced by the server, before stock is reserved: what the dry run shows and placement stores.</summary>
/// <param name="PreProductionSampleDays">When the order asked for a pre-production sample: the days to make it, which every customised line's
/// date includes (its CustomizationDays); null otherwise.</param>
public sealed record PricedOrder(
    string Type, int? PreProductionSampleDays, Features.Payments.PaymentTerms Terms, Inspections.OrderedInspection? Inspection, Currency Currency, decimal Rate, DateTimeOffset? RateAsOf, string? QuoteId,
    string PaymentTerms, IReadOnlyList<PricedOrderLine> Lines, IReadOnlyList<OrderSetupFee> SetupFees, OrderCosting Costing,
    PriceListResponse? PriceList, Compliance.ComplianceResponse Compliance)
{
    public int DepositPercent => Terms.DepositPercent;

    /// <summary>Customisation surcharges and setup fees.</summary>
    public long CustomizationMinor => Lines.Sum(l => l.CustomizationMinor) + SetupFees.Sum(f => f.FeeMinor);

    /// <summary>The goods plus their customisation.</summary>
    public long SubtotalMinor => Lines.Sum(l => l.LineTotalMinor) + CustomizationMinor;

    public long SubtotalUsdCents => Lines.Sum(l => (l.UnitPriceUsdCents * l.Quantity) + l.CustomizationUsdCents) + SetupFees.Sum(f => f.FeeUsdCents);

    public int Units => Lines.Sum(l => l.Quantity);

    /// <summary>The deposit in minor units: the percentage of the subtotal, rounded half away from zero.</summary>
    public long DepositMinor => (long)decimal.Round(SubtotalMinor * DepositPercent / 100m, 0, MidpointRounding.AwayFromZero);
}

/// <summary>What pricing an order came to: the order, or every broken rule, or a named place that cannot be (400 at incoterm.place),
/// or a requested delivery date no mode meets (the landed cost that shows why).</summary>
public sealed record OrderPricing(PricedOrder? Order, IReadOnlyList<OrderViolation> Violations, string? PlaceProblem, LandedCost? Late);

/// <summary>One broken rule, with where it is in the request. Line is 1-based; null for order-level problems.</summary>
public sealed record OrderViolation(int? Line, string Field, string? Sku, string Code, string Message, ValidQuantities? ValidQuantities);

/// <summary>
/// Prices an order exactly as a quote would (the PriceBook's rules), in the order currency, and checks a named
/// quote. Every broken rule is collected, so the distributor fixes them all in one round.
/// </summary>
public sealed class OrderPricer(FxRateProvider rates, TimeProvider clock, LandedCostService landedCosts)
{
    /// <summary>Why an order may not take the quote it names.</summary>
    public static class QuoteCodes
    {
        public const string QuoteNotFound = "quote_not_found";
        public const string QuoteExpired = "quote_expired";
        public const string QuoteCurrencyMismatch = "quote_currency_mismatch";
        public const string QuoteLinesMismatch = "quote_lines_mismatch";

        public static readonly IReadOnlyList<string> All = [QuoteNotFound, QuoteExpired, QuoteCurrencyMismatch, QuoteLinesMismatch];
    }

    private const string SelectDistributor = """
        SELECT distributor_id, default_currency, default_incoterm, deposit_percent, payment_terms, terms_json
        FROM distributors
        WHERE distributor_id = @DistributorId;
        """;

    private const string SelectQuoteBatch = """
        SELECT quote_id, currency, fx_rate, fx_rate_as_of_ms, valid_until_ms
        FROM quotes
        WHERE quote_id = @QuoteId;

        SELECT line_number, sku, sample, quantity, unit_price_usd_cents, customizations_json
        FROM quote_lines
        WHERE quote_id = @QuoteId
        ORDER BY line_number;
        """;

    public sealed class DistributorTerms
    {
        public string DistributorId { get; init; } = "";
        public string DefaultCurrency { get; init; } = "";
        public string DefaultIncoterm { get; init; } = "";
        public int DepositPercent { get; init; }
        public string PaymentTerms { get; init; } = "";
        public string? TermsJson { get; init; }
    }

    private sealed class QuoteRow
    {
        public string QuoteId { get; init; } = "";
        public string Currency { get; init; } = "";
        public string FxRate { get; init; } = "";
        public long? FxRateAsOfMs { get; init; }
        public long ValidUntilMs { get; init; }
    }

    private sealed class QuoteLineRow
    {
        public string Sku { get; init; } = "";
        public bool Sample { get; init; }
        public int Quantity { get; init; }
        public long UnitPriceUsdCents { get; init; }
        public string? CustomizationsJson { get; init; }
    }

    public async Task<OrderPricing> PriceAsync(
        DbConnection connection, SqlDialect sql, string distributorId, PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        var terms = await connection.QuerySingleAsync<DistributorTerms>(sql.Render(SelectDistributor), new { DistributorId = distributorId });
        var sampleOrder = request.Type == OrderTypes.Sample;
        var lines = request.Lines!.Select(l => l.Resolved(request)).ToList();
        var priceList = await PriceListData.InEffectAsync(connection, sql, distributorId, clock.GetUtcNow());
        var variants = await PricingData.QueryAsync(connection, sql.Render(PricingData.SelectPricingBatch),
            lines.Select(l => l.Sku!).Distinct(StringComparer.Ordinal).ToList(), priceList?.Applying);

        var violations = new List<OrderViolation>();
        var (quote, quotePrices) = request.QuoteId is null ? (null, null) : await LoadQuoteAsync(connection, sql, request, lines, violations);
        var currency = Currencies.ByCode[request.Currency ?? quote?.Currency ?? terms.DefaultCurrency];

        var known = lines.Where(l => variants.ContainsKey(l.Sku!)).ToList();
        var evaluations = PriceBook.Evaluate(known.Select(l =>
        {
            var v = variants[l.Sku!];
            return new PricingLine(v.Row.ProductId, v.Row.ProductMoq, v.Pricing, l.Quantity!.Value, l.Sample == true);
        }).ToList());
        var byLine = known.Zip(evaluations).ToDictionary(pair => pair.First, pair => pair.Second);
        var customization = PricingData.Customize(lines, variants, await PricingData.OptionsAsync(connection, lines));

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!byLine.TryGetValue(line, out var evaluation))
            {
                violations.Add(new(i + 1, $"lines[{i}].sku", line.Sku, PriceBook.Codes.UnknownSku, $"No published product has the SKU {line.Sku}.", null));
                continue;
            }

            if (TypeViolation(sampleOrder, request.Lines![i], i) is { } wrongType)
            {
                violations.Add(wrongType);
                continue;
            }

            violations.AddRange(evaluation.Violations.Select(v => new OrderViolation(
                i + 1, $"lines[{i}].{(v.Code == PriceBook.Codes.SampleNotOffered ? "sample" : "quantity")}", line.Sku, v.Code, v.Message, evaluation.Suggested)));
            violations.AddRange(customization.For(i + 1).Violations.Select(v => new OrderViolation(
                i + 1, $"lines[{i}].customizations", line.Sku, v.Code, v.Message, null)));
        }

        var compliance = await Compliance.ComplianceCheck.RunAsync(connection, sql, request.ShipTo!.Country!,
            lines.Select((l, i) => (Line: l, Number: i + 1)).Where(p => variants.ContainsKey(p.Line.Sku!))
                .Select(p => Compliance.ComplianceLine.Of(p.Number, variants[p.Line.Sku!].Row)).ToList(),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        violations.AddRange(compliance.Violations.Select(v => new OrderViolation(v.Line, $"lines[{v.Line - 1}].sku", v.Sku, v.Code, v.Message, null)));
        violations.AddRange(OrderViolations(request, lines));
        var mode = sampleOrder ? ShippingModes.Courier : request.ShippingMode;
        var rule = Incoterms.ByCode[request.Incoterm?.Rule ?? (sampleOrder ? OrderTypes.SampleIncoterm : terms.DefaultIncoterm.Trim())];
        var place = request.Incoterm is { } named ? Places.Resolve(named.Place) : DefaultPlace(rule, request.ShipTo!.Country!, variants.Values);
        if (place is null)
        {
            violations.Add(new(null, "incoterm.place", null, OrderCosting.Codes.PlaceRequired,
                $"Your account trades {rule.Code} by default, and {request.ShipTo!.Country} has no default named place for it: send incoterm with a rule " +
                $"and a place. {NamedPlaceRules.PlacesHint}", null));
        }
        else if (NamedPlaceRules.CheckOrigin(rule, place, known.Select(l => (l.Sku!, variants[l.Sku!].Row.OriginCountry))) is { } wrongPlace)
        {
            return new(null, [], wrongPlace, null);
        }

        if (mode is not null && rule.SeaOnly && !ShippingModes.IsSea(mode))
        {
            violations.Add(new(null, sampleOrder ? "incoterm.rule" : "shippingMode", null, OrderCosting.Codes.ModeNotAllowed,
                $"{rule.Code} is for sea freight only (sea-lcl or sea-fcl); send incoterm with a rule for {mode}, such as CPT, CIP or DAP.", null));
        }

        if (violations.Count > 0)
        {
            return new(null, violations, null, null);
        }

        decimal rate;
        DateTimeOffset? rateAsOf;
        if (quote is not null)
        {
            rate = decimal.Parse(quote.FxRate, CultureInfo.InvariantCulture);
            rateAsOf = quote.FxRateAsOfMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        }
        else
        {
            var conversion = await rates.RateForAsync(currency, cancellationToken);
            (rate, rateAsOf) = (conversion.Rate, conversion.AsOf);
        }

        var sampleDays = PreProductionSampleDays(request, lines, variants, customization);
        var priced = lines.Select((line, i) =>
        {
            var variant = variants[line.Sku!];
            var evaluation = byLine[line];
            var unitUsdCents = quotePrices?[(line.Sku!, line.Sample == true)] ?? evaluation.UnitPriceCents!.Value;
            var unitMinor = Currencies.ConvertCentsToMinor(unitUsdCents, rate, currency);
            var row = variant.Row;
            var customized = customization.For(i + 1);
            var sample = line.Sample == true;
            return new PricedOrderLine(i + 1, row.Sku, row.ProductId, sample, line.Quantity!.Value,
                evaluation.Tier?.MinQuantity, unitUsdCents, unitMinor, row.StockAvailable, sample ? row.SampleDays : row.LeadTimeDays,
                row.OriginCountry, row.HsCode, row.CartonSize, row.WeightGrams, CartonPacking.Of(row),
                OrderCustomizations.Price(customized, rate, currency), customized.ExtraLeadDays + (customized.Items.Count > 0 ? sampleDays ?? 0 : 0));
        }).ToList();

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var destination = rule.Place.DeliversAtOrigin() ? request.ShipTo!.Country! : place!.Country;
        var template = new LandedCostInput(rule, place!, destination, mode, request.RequestedDeliveryDate, currency, rate,
            quote is not null ? $"Quote {quote.QuoteId}" : PriceListInEffect.GoodsSourceOf(priceList), today, []);
        var dryRun = OrderSnapshot.CoverFromCurrentStock(priced);
        var calculation = await landedCosts.PrepareAsync(connection, sql, template with { Lines = OrderCosting.Costed(priced, currency, dryRun, today) },
            cancellationToken);
        var costing = new OrderCosting(calculation, template, priced, today);
        var paymentTerms = sampleOrder ? Features.Payments.PaymentTerms.SampleOrder : Features.Payments.PaymentTerms.Parse(terms.TermsJson) ?? Features.Payments.PaymentTerms.Legacy(terms.DepositPercent);
        var inspection = request.Inspection is { } asked
            ? new Inspections.OrderedInspection(asked.Agency!, asked.Level ?? Inspections.InspectionTerms.DefaultLevel, asked.MajorAql ?? Inspections.InspectionTerms.DefaultMajorAql,
                asked.MinorAql ?? Inspections.InspectionTerms.DefaultMinorAql, Inspections.InspectionTerms.FeeUsdCents[asked.Agency!],
                Currencies.ConvertCentsToMinor(Inspections.InspectionTerms.FeeUsdCents[asked.Agency!], rate, currency))
            : null;
        var order = new PricedOrder(sampleOrder ? OrderTypes.Sample : OrderTypes.Bulk, sampleDays, paymentTerms, inspection, currency, rate, rateAsOf, quote?.QuoteId,
            sampleOrder ? OrderTypes.SamplePaymentTerms : terms.PaymentTerms, priced,
            OrderCustomizations.Price(customization.SetupFees, rate, currency), costing, priceList?.Response, compliance.Response);

        return OrderCosting.Refusal(costing.Evaluate(dryRun).Landed, request) ?? new(order, [], null, null);
    }

    /// <summary>A sample line on a bulk order, or a bulk line on a sample order: the line is reported for that alone.</summary>
    private static OrderViolation? TypeViolation(bool sampleOrder, LineItemRequest asked, int i) => (sampleOrder, asked.Sample) switch
    {
        (true, false) => new(i + 1, $"lines[{i}].sample", asked.Sku, OrderTypes.Codes.BulkLineOnSampleOrder,
            $"An order of type sample holds samples only: leave sample out (or true) on {asked.Sku}, or order it in bulk on an order of type bulk.", null),
        (false, true) => new(i + 1, $"lines[{i}].sample", asked.Sku, OrderTypes.Codes.SampleLineOnBulkOrder,
            $"{asked.Sku} is asked as a sample on a bulk order. Samples are an order of their own: send it on an order of type sample " +
            "(by courier, paid in full), or leave sample out here.", null),
        _ => null,
    };

    /// <summary>What the order's type rules of the order as a whole: a sample goes by courier; a pre-production sample needs customised bulk lines.</summary>
    private static IEnumerable<OrderViolation> OrderViolations(PlaceOrderRequest request, IReadOnlyList<LineItemRequest> lines)
    {
        var sampleOrder = request.Type == OrderTypes.Sample;
        if (sampleOrder && request.ShippingMode is { } asked && asked != ShippingModes.Courier)
        {
            yield return new(null, "shippingMode", null, OrderTypes.Codes.SampleNotByCourier,
                $"A sample order goes by courier; leave shippingMode out or send courier ({asked} was asked).", null);
        }

        if (sampleOrder && request.Inspection is not null)
        {
            yield return new(null, "inspection", null, OrderTypes.Codes.InspectionNotApplicable,
                "A sample order is not inspected: its samples are what you inspect. Order the final inspection with the bulk order.", null);
        }

        if (request.PreProductionSample == true && (sampleOrder || !lines.Any(l => l.Customizations is { Count: > 0 })))
        {
            yield return new(null, "preProductionSample", null, OrderTypes.Codes.PreProductionSampleNotApplicable, sampleOrder
                ? "A sample order is itself the sample: a pre-production sample belongs to a customised bulk order."
                : "A pre-production sample is a sample of your customisation: ask for it on an order with customised lines, or leave preProductionSample out.", null);
        }
    }

    /// <summary>
    /// A pre-production sample is sewn with the customisation on it: the SKU's sample lead time plus the option's extra days, for the slowest
    /// customised line. Null when the order did not ask for one.
    /// </summary>
    private static int? PreProductionSampleDays(
        PlaceOrderRequest request, IReadOnlyList<LineItemRequest> lines, IReadOnlyDictionary<string, PricingData.PricedVariant> variants,
        CustomizationPricing customization) =>
        request.PreProductionSample == true
            ? lines.Select((line, i) => (Line: line, Customized: customization.For(i + 1)))
                .Where(x => x.Customized.Items.Count > 0)
                .Max(x => variants[x.Line.Sku!].Row.SampleDays + x.Customized.ExtraLeadDays)
            : null;

    /// <summary>The rule's place when the order names none: the destination's seaport or main city, or the factory country's port.</summary>
    private static Place? DefaultPlace(Incoterm rule, string shipToCountry, IEnumerable<PricingData.PricedVariant> variants)
    {
        if (!rule.Place.DeliversAtOrigin())
        {
            return Places.DefaultDestination(shipToCountry, rule.Place == NamedPlaceRole.PortOfDischarge);
        }

        var origins = variants.Select(v => v.Row.OriginCountry).Distinct().ToList();
        return origins.Count == 1 && Places.OriginPorts.TryGetValue(origins[0], out var ports) ? Places.ByCode[ports.Sea] : null;
    }

    /// <summary>A held quote applies only while valid, in its own currency, to exactly its lines.</summary>
    private async Task<(QuoteRow? Quote, Dictionary<(string Sku, bool Sample), long>? Prices)> LoadQuoteAsync(
        DbConnection connection, SqlDialect sql, PlaceOrderRequest request, IReadOnlyList<LineItemRequest> lines, List<OrderViolation> violations)
    {
        await using var results = await connection.QueryMultipleAsync(sql.Render(SelectQuoteBatch), new { request.QuoteId });
        var quote = await results.ReadSingleOrDefaultAsync<QuoteRow>();
        var quoteLines = (await results.ReadAsync<QuoteLineRow>()).AsList();
        if (quote is null)
        {
            violations.Add(new(null, "quoteId", null, QuoteCodes.QuoteNotFound, $"No quote {request.QuoteId} is held; it may have been purged after expiry. Request a new quote.", null));
            return (null, null);
        }

        if (quote.ValidUntilMs <= clock.GetUtcNow().ToUnixTimeMilliseconds())
        {
            var until = DateTimeOffset.FromUnixTimeMilliseconds(quote.ValidUntilMs).ToString("u", CultureInfo.InvariantCulture);
            violations.Add(new(null, "quoteId", null, QuoteCodes.QuoteExpired, $"Quote {quote.QuoteId} expired at {until}. Request a new quote.", null));
        }

        if (request.Currency is { } currency && currency != quote.Currency)
        {
            violations.Add(new(null, "currency", null, QuoteCodes.QuoteCurrencyMismatch,
                $"Quote {quote.QuoteId} is in {quote.Currency}; order in {quote.Currency} or leave currency out.", null));
        }

        var asked = lines.Select(l => (l.Sku!, l.Sample == true, l.Quantity!.Value, OrderCustomizations.Fingerprint(l.Customizations) ?? "")).Order().ToList();
        var held = quoteLines.Select(l => (l.Sku, l.Sample, l.Quantity, l.CustomizationsJson ?? "")).Order().ToList();
        if (!asked.SequenceEqual(held))
        {
            violations.Add(new(null, "lines", null, QuoteCodes.QuoteLinesMismatch,
                $"The lines differ from quote {quote.QuoteId}, which holds: " +
                $"{string.Join(", ", held.Select(h => $"{h.Item3} × {h.Sku}{(h.Sample ? " (sample)" : "")}{(h.Item4.Length > 0 ? " (customised)" : "")}"))}. " +
                "Customisations must be the same as quoted, too.", null));
        }

        return (quote, quoteLines.ToDictionary(l => (l.Sku, l.Sample), l => l.UnitPriceUsdCents));
    }
}
