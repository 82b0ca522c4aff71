using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>The breakdown as computed, with what an order needs: the supplier-invoiced charges and what blocks invoicing them.</summary>
/// <param name="Charges">What the supplier invoices besides the goods, in the quote currency; null while one of those is unknown.</param>
/// <param name="UnknownInvoiced">Supplier-invoiced components with no figure, each with its reason: an order cannot be invoiced with them.</param>
public sealed record LandedCost(LandedCostResponse Response, decimal? Charges, IReadOnlyList<CostComponentResponse> UnknownInvoiced)
{
    /// <summary>Whether the goods are delivered at the named place by the date asked (always, when none was).</summary>
    public bool MeetsRequestedDate(DateOnly? requested) =>
        requested is null || (Response.ArrivalDate is { } arrival && arrival <= requested);
}

/// <summary>
/// Costs a shipment under its Incoterm: freight per mode from the lanes, insurance on the CIF value, duty, levies and VAT on
/// the customs value. Every USD figure is rounded to the cent, then converted and rounded per component.
/// </summary>
public static class LandedCostCalculator
{
    private sealed record Part(string Component, decimal? Usd, bool SellerPays, string Firmness, string Source, DateOnly? AsOf, string? Basis, string? Unknown);

    public static LandedCost Calculate(LandedCostInput input, TradeReference reference, LandedCostOptions options, Func<string, decimal> usdRate)
    {
        var priced = input.AllowedModes
            .Select(m => ModeCosting.For(m, input, reference, options, usdRate))
            .Select(c => Priced(input, c, Parts(input, reference, c, usdRate)))
            .ToList();

        var (chosen, selection) = Select(input, priced);
        var (costing, components) = (chosen.Costing, chosen.Components);

        var goods = components[0].Amount!.Amount;
        var seller = components.Skip(1).Where(c => c.InvoicedBySupplier).ToList();
        var buyer = components.Where(c => !c.InvoicedBySupplier).ToList();
        decimal? charges = seller.All(c => c.Amount is not null) ? seller.Sum(c => c.Amount!.Amount) : null;
        decimal? buyerCosts = buyer.All(c => c.Amount is not null) ? buyer.Sum(c => c.Amount!.Amount) : null;
        var unknown = components.Where(c => c.Amount is null).Select(c => c.Component).ToList();

        var response = new LandedCostResponse(
            IncotermResponse.Of(input.Rule.Code, input.Place.Code),
            costing.Mode,
            selection,
            input.DeliversAtOrigin ? costing.ShipDate : costing.Arrival,
            priced.Select(p => Option(input, p)).ToList(),
            components,
            charges is { } c1 ? Money(input, goods + c1) : null,
            buyerCosts is { } b ? Money(input, b) : null,
            charges is { } c2 && buyerCosts is { } b2 ? Money(input, goods + c2 + b2) : null,
            unknown,
            AllocationResponse.Standard,
            Allocate(input, costing, components));
        return new LandedCost(response, charges, seller.Where(c => c.Amount is null).ToList());
    }

    /// <summary>The shipment's volume and weights, and which sea mode is cheaper (by the lanes when a place gives them).</summary>
    public static ShipmentResponse Shipment(IReadOnlyList<CostedLine> lines, LandedCostOptions options, LandedCostResponse? landed)
    {
        var cartons = lines.Sum(l => l.Cartons);
        var unpacked = lines.Where(l => l.Packing is null).Select(l => l.Sku).Distinct(StringComparer.Ordinal).ToList();
        if (unpacked.Count > 0)
        {
            return new ShipmentResponse(cartons, null, null, null, null, null, options.AirDivisorCm3PerKg, options.CourierDivisorCm3PerKg,
                null, null, null, unpacked);
        }

        var volume = lines.Sum(l => l.VolumeCm3);
        var gross = lines.Sum(l => l.GrossGrams);
        var cbm = FreightQuote.Cbm(volume);
        var lcl = landed?.Options.FirstOrDefault(o => o.Mode == ShippingModes.SeaLcl)?.Freight;
        var fcl = landed?.Options.FirstOrDefault(o => o.Mode == ShippingModes.SeaFcl)?.Freight;
        var (cheaper, basis) = lcl is not null && fcl is not null
            ? (lcl.Amount <= fcl.Amount ? ShippingModes.SeaLcl : ShippingModes.SeaFcl, ShipmentResponse.LaneRates)
            : (cbm < ShipmentResponse.LclRuleOfThumbCbm ? ShippingModes.SeaLcl : ShippingModes.SeaFcl, ShipmentResponse.RuleOfThumb);
        return new ShipmentResponse(
            cartons, cbm, FreightQuote.Kg(lines.Sum(l => l.NetGrams)), FreightQuote.Kg(gross),
            FreightQuote.Chargeable(gross, volume, options.AirDivisorCm3PerKg), FreightQuote.Chargeable(gross, volume, options.CourierDivisorCm3PerKg),
            options.AirDivisorCm3PerKg, options.CourierDivisorCm3PerKg,
            new ContainerFillResponse(Fill(cbm, options.TwentyFootUsableCbm), Fill(cbm, options.FortyFootUsableCbm), Fill(cbm, options.FortyFootHighCubeUsableCbm)),
            cheaper, basis, []);
    }

    private static decimal Fill(decimal cbm, decimal usable) => decimal.Round(cbm * 100m / usable, 1, MidpointRounding.AwayFromZero) + 0.0m;

    /// <summary>One mode's costing with its parts in USD and its components as answered.</summary>
    private sealed record PricedMode(ModeCosting Costing, List<Part> Parts, List<CostComponentResponse> Components)
    {
        /// <summary>What the mode itself costs to compare modes by: origin charges, main freight and insurance.</summary>
        public decimal TransportUsd => Parts
            .Where(p => p.Component is CostComponents.ExportClearance or CostComponents.MainFreight or CostComponents.Insurance)
            .Sum(p => p.Usd ?? 0m);
    }

    private static PricedMode Priced(LandedCostInput input, ModeCosting costing, List<Part> parts) =>
        new(costing, parts, parts.Select(p => Component(input, p)).ToList());

    private static (PricedMode Chosen, string Selection) Select(LandedCostInput input, List<PricedMode> modes)
    {
        if (input.RequestedMode is { } mode && modes.FirstOrDefault(m => m.Costing.Mode == mode) is { } asked)
        {
            return (asked, LandedCostResponse.Requested);
        }

        var known = modes.Where(m => m.Costing.Known).OrderBy(m => m.TransportUsd).ThenBy(m => m.Costing.Arrival).ToList();
        if (known.Count == 0)
        {
            return (modes[0], LandedCostResponse.NoKnownRate);
        }

        if (input.RequestedArrival is not { } by || input.DeliversAtOrigin)
        {
            return (known[0], LandedCostResponse.Cheapest);
        }

        return known.FirstOrDefault(m => m.Costing.Arrival <= by) is { } inTime
            ? (inTime, LandedCostResponse.CheapestByDate)
            : (known[0], LandedCostResponse.NoneByDate);
    }

    private static decimal? InsuranceUsd(LandedCostInput input, ModeCosting costing, TradeReference reference, Func<string, decimal> usdRate)
    {
        if (!costing.Known || reference.Insurance is not { } terms)
        {
            return null;
        }

        var insured = (GoodsUsd(input.Lines) + costing.OriginChargesUsd + costing.FreightUsd) * terms.CoverPercent / 100m;
        var premium = FreightQuote.Round(insured * terms.RatePpm / 1_000_000m);
        var minimum = FreightQuote.Round(terms.MinimumPremiumMinor / 100m / usdRate(terms.Currency));
        return Math.Max(premium, minimum);
    }

    private static decimal GoodsUsd(IEnumerable<CostedLine> lines) => lines.Sum(l => l.GoodsUsdCents) / 100m;

    private static List<Part> Parts(LandedCostInput input, TradeReference reference, ModeCosting costing, Func<string, decimal> usdRate)
    {
        var rule = input.Rule;
        var lanes = costing.Consignments.Select(c => c.Lane).ToList();
        var laneSource = lanes.Count == 0 ? "Freight lanes" : string.Join("; ", lanes.Select(l => $"Freight lane {l.LaneId}: {l.Source}"));
        DateOnly? laneAsOf = lanes.Count == 0 ? null : lanes.Max(l => l.ValidFrom);
        var laneFirmness = !costing.Known ? CostComponents.Unknown : costing.Firm ? CostComponents.Firm : CostComponents.Estimate;

        var parts = new List<Part>
        {
            new(CostComponents.Goods, null, true, CostComponents.Firm, input.GoodsSource, input.GoodsAsOf, null, null),
            new(CostComponents.ExportClearance, costing.Known ? costing.OriginChargesUsd : null, rule.SellerClears,
                rule.SellerClears ? laneFirmness : Estimate(laneFirmness), laneSource, laneAsOf,
                costing.Known ? "Origin charges per shipment, by lane" : null, costing.UnknownReason),
            new(CostComponents.MainFreight, costing.Known ? costing.FreightUsd : null, rule.SellerCarries,
                rule.SellerCarries ? laneFirmness : Estimate(laneFirmness), laneSource, laneAsOf,
                costing.Known ? string.Join("; ", costing.Consignments.Select(c => $"{c.Origin}: {c.Basis}")) : null, costing.UnknownReason),
        };

        var insurance = InsuranceUsd(input, costing, reference, usdRate);
        var terms = reference.Insurance;
        parts.Add(new(CostComponents.Insurance, insurance, rule.SellerInsures, insurance is null ? CostComponents.Unknown : CostComponents.Estimate,
            terms?.Source ?? "Insurance terms", terms?.AsOf,
            terms is null ? null : $"{terms.RatePpm / 10_000m:0.####} % of {terms.CoverPercent} % of the CIF value{(rule.Code == "CIP" ? ", ICC (A)" : rule.Code == "CIF" ? ", ICC (C)" : "")}",
            terms is null ? "No cargo insurance terms are recorded." : costing.Known ? null : "It is a share of the CIF value, and the main freight is unknown."));

        parts.AddRange(Duties(input, reference, costing, insurance));
        return parts;
    }

    private static string Estimate(string firmness) => firmness == CostComponents.Unknown ? firmness : CostComponents.Estimate;

    private static IEnumerable<Part> Duties(LandedCostInput input, TradeReference reference, ModeCosting costing, decimal? insurance)
    {
        var seller = input.Rule.SellerImports;
        var country = input.Rule.Place == NamedPlaceRole.PortOfDischarge || input.Rule.Place == NamedPlaceRole.PlaceOfDestination
            ? input.Place.Country
            : input.DestinationCountry;
        var groups = input.Lines.GroupBy(l => l.HsCode, StringComparer.Ordinal).ToList();
        var rates = groups.Select(g => reference.Duties.FirstOrDefault(d => d.Country == country && d.HsHeading == g.Key)).ToList();

        string? unknown = null;
        if (country is null)
        {
            unknown = "Name destinationCountry to estimate import duty and taxes.";
        }
        else if (groups.Zip(rates).FirstOrDefault(p => p.Second is null) is { First: { } missing })
        {
            unknown = $"No duty rate is recorded for HS {missing.Key} into {country}.";
        }
        else if (!costing.Known && rates.Any(r => r!.ValuationBasis == "CIF"))
        {
            unknown = $"{country} values imports on CIF, and the main freight is unknown.";
        }
        else if (!costing.Known)
        {
            unknown = "The FOB value includes export clearance, which is unknown.";
        }

        var source = rates.FirstOrDefault(r => r is not null)?.Source ?? "Duty rates";
        DateOnly? asOf = rates.All(r => r is not null) && rates.Count > 0 ? rates.Min(r => r!.AsOf) : null;
        if (unknown is not null)
        {
            return new[] { CostComponents.ImportDuty, CostComponents.ImportVat, CostComponents.OtherLevies }
                .Select(c => new Part(c, null, seller, CostComponents.Unknown, source, asOf, null, unknown));
        }

        var goodsUsd = GoodsUsd(input.Lines);
        var dutyBasis = new List<string>();
        var vatBasis = new List<string>();
        var levyBasis = new List<string>();
        decimal duty = 0, vat = 0, levies = 0;
        foreach (var (group, rate) in groups.Zip(rates))
        {
            var value = rate!.ValuationBasis == "CIF" ? goodsUsd + costing.OriginChargesUsd + costing.FreightUsd + insurance!.Value : goodsUsd + costing.OriginChargesUsd;
            var customs = groups.Count == 1 ? value : FreightQuote.Round(value * GoodsUsd(group) / goodsUsd);
            var groupDuty = FreightQuote.Round(customs * rate.DutyPpm / 1_000_000m);
            var groupLevies = rate.Levies.Sum(l => FreightQuote.Round(customs * l.Ppm / 1_000_000m));
            var groupVat = FreightQuote.Round((customs + groupDuty + groupLevies) * rate.VatPpm / 1_000_000m);
            duty += groupDuty;
            levies += groupLevies;
            vat += groupVat;
            dutyBasis.Add($"HS {group.Key}: {Percent(rate.DutyPpm)} of {rate.ValuationBasis} value USD {FreightQuote.Number(customs, 2)}");
            vatBasis.Add($"HS {group.Key}: {rate.VatName} {Percent(rate.VatPpm)} of USD {FreightQuote.Number(customs + groupDuty + groupLevies, 2)}");
            levyBasis.Add(rate.Levies.Count == 0
                ? $"HS {group.Key}: none"
                : $"HS {group.Key}: " + string.Join(", ", rate.Levies.Select(l => $"{l.Name} {Percent(l.Ppm)}")));
        }

        return
        [
            new(CostComponents.ImportDuty, duty, seller, CostComponents.Estimate, source, asOf, string.Join("; ", dutyBasis), null),
            new(CostComponents.ImportVat, vat, seller, CostComponents.Estimate, source, asOf, string.Join("; ", vatBasis), null),
            new(CostComponents.OtherLevies, levies, seller, CostComponents.Estimate, source, asOf, string.Join("; ", levyBasis), null),
        ];
    }

    private static string Percent(int ppm) => $"{ppm / 10_000m:0.####} %";

    private static CostComponentResponse Component(LandedCostInput input, Part part) => new(
        part.Component,
        part.Component == CostComponents.Goods ? Money(input, input.Lines.Sum(l => l.Goods)) : part.Usd is { } usd ? Convert(input, usd) : null,
        part.SellerPays ? CostComponents.Seller : CostComponents.Buyer,
        part.SellerPays,
        part.Firmness,
        part.Source,
        part.AsOf,
        part.Basis,
        part.Unknown);

    private static ShippingOptionResponse Option(LandedCostInput input, PricedMode priced)
    {
        var (costing, all) = (priced.Costing, priced.Components);
        var landed = all.All(c => c.Amount is not null) ? Money(input, all.Sum(c => c.Amount!.Amount)) : null;
        return new ShippingOptionResponse(
            costing.Mode,
            costing.Known ? Money(input, Convert(input, costing.FreightUsd).Amount + Convert(input, costing.OriginChargesUsd).Amount) : null,
            landed,
            costing.ShipDate,
            costing.TransitDays,
            costing.Arrival,
            !input.DeliversAtOrigin && input.RequestedArrival is { } by && costing.Arrival is { } arrival ? arrival <= by : null,
            costing.Consignments.SelectMany(c => c.Containers).GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ContainerCountResponse(g.Key, g.Sum(c => c.Value))).ToList(),
            costing.Consignments.Select(c => c.Lane.LaneId).ToList(),
            costing.UnknownReason);
    }

    /// <summary>Each line's goods plus its share: freight and origin charges by volume within its consignment, the rest by value.</summary>
    private static List<LandedLineResponse> Allocate(
        LandedCostInput input, ModeCosting costing, IReadOnlyList<CostComponentResponse> components)
    {
        var amounts = components.ToDictionary(c => c.Component, c => c.Amount?.Amount);
        if (amounts.Values.Any(a => a is null))
        {
            return input.Lines.Select(l => new LandedLineResponse(l.Line, l.Sku, l.Quantity, null)).ToList();
        }

        var goodsUsd = GoodsUsd(input.Lines);
        return input.Lines.Select(line =>
        {
            var consignment = costing.Consignments.First(c => c.Lines.Contains(line));
            var volumeShare = consignment.VolumeCm3 == 0 ? 0m : (decimal)line.VolumeCm3 / consignment.VolumeCm3;
            var consignmentFreight = Convert(input, consignment.FreightUsd).Amount + Convert(input, consignment.OriginChargesUsd).Amount;
            var valueShare = goodsUsd == 0 ? 0m : line.GoodsUsdCents / 100m / goodsUsd;
            var shared = amounts[CostComponents.Insurance]!.Value + amounts[CostComponents.ImportDuty]!.Value
                + amounts[CostComponents.ImportVat]!.Value + amounts[CostComponents.OtherLevies]!.Value;
            var total = line.Goods + (consignmentFreight * volumeShare) + (shared * valueShare);
            return new LandedLineResponse(line.Line, line.Sku, line.Quantity, Money(input, total / line.Quantity));
        }).ToList();
    }

    private static Money Convert(LandedCostInput input, decimal usd) => Money(input, Currencies.Convert(usd, input.Rate, input.Currency));

    /// <summary>Rounded to the currency's minor units and written with all of them (85 reads as 85.00).</summary>
    private static Money Money(LandedCostInput input, decimal amount) =>
        Pricing.Money.FromMinor(Pricing.Money.ToMinor(amount, input.Currency), input.Currency);
}
