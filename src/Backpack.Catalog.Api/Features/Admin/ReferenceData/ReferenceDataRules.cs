using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>The rules reference data keeps, for admin writes and the demo seed alike; each failure names its member.</summary>
public static class ReferenceDataRules
{
    public const decimal MaxAmount = 10_000_000m;
    public const int MaxSourceLength = 300;
    public const int MaxNameLength = 40;
    public const int MaxLevies = 10;
    public const int MaxTransitDays = 120;
    public const int MinCoverPercent = 100;
    public const int MaxCoverPercent = 150;
    public const string HsHeadingPattern = "^[0-9]{4}(\\.[0-9]{2}){0,2}$";
    public const int MaxHsHeadingLength = 10;

    public static readonly string[] ValuationBases = ["CIF", "FOB"];

    public static void Check(FreightLaneDocument lane, Action<string, string> fail)
    {
        if (!FreightLaneRules.IsLaneId(lane.Id))
        {
            fail("id", "id must be 3 to 64 lower-case letters, digits and hyphens, e.g. cnytn-kemba-sea-lcl.");
        }

        if (Places.Resolve(lane.Origin) is not { ShipsFrom: true } origin || origin.Code != lane.Origin)
        {
            fail("origin", $"origin must be the UN/LOCODE of a place the supplier ships from: {Places.Describe(p => p.ShipsFrom)}.");
        }

        if (Places.Resolve(lane.Destination) is not { ShipsTo: true } destination || destination.Code != lane.Destination)
        {
            fail("destination", $"destination must be the UN/LOCODE of a place the supplier ships to: {Places.Describe(p => p.ShipsTo)}.");
        }

        if (lane.Mode is null || !ShippingModes.All.Contains(lane.Mode))
        {
            fail("mode", $"mode must be one of: {ShippingModes.Describe()}.");
        }

        CurrencyOf(lane.Currency, "currency", fail);
        var rates = new (decimal? Value, string Name, bool Needed)[]
        {
            (lane.RatePerCbm, "ratePerCbm", lane.Mode == ShippingModes.SeaLcl),
            (lane.RatePer20Gp, "ratePer20Gp", lane.Mode == ShippingModes.SeaFcl),
            (lane.RatePer40Gp, "ratePer40Gp", lane.Mode == ShippingModes.SeaFcl),
            (lane.RatePer40Hc, "ratePer40Hc", lane.Mode == ShippingModes.SeaFcl),
            (lane.RatePerKg, "ratePerKg", lane.Mode is ShippingModes.Air or ShippingModes.Courier),
        };
        foreach (var (value, name, needed) in rates)
        {
            if (needed && value is null)
            {
                fail(name, $"{name} is required for {lane.Mode}.");
            }
            else if (!needed && value is not null)
            {
                fail(name, $"{name} does not apply to {lane.Mode}; leave it out.");
            }
            else if (value is { } v && (v <= 0 || !IsAmount(v)))
            {
                fail(name, $"{name} must be above 0 and at most {MaxAmount:0}, with at most two decimals.");
            }
        }

        Amount(lane.MinimumCharge, "minimumCharge", fail);
        Amount(lane.OriginCharges, "originCharges", fail);
        if (lane.TransitDays is not (>= 1 and <= MaxTransitDays))
        {
            fail("transitDays", $"transitDays must be a whole number of days from 1 to {MaxTransitDays}.");
        }

        if (lane.ValidFrom is null || lane.ValidTo is null || lane.ValidFrom > lane.ValidTo)
        {
            fail("validTo", "validFrom and validTo are required dates, validFrom on or before validTo.");
        }

        Source(lane.Source, fail);
    }

    public static void Check(DutyRateDocument duty, Action<string, string> fail)
    {
        if (duty.Country is null || !Regex.IsMatch(duty.Country, Countries.Pattern))
        {
            fail("country", "country must be an ISO 3166-1 alpha-2 code such as KE.");
        }

        if (duty.HsHeading is null || !Regex.IsMatch(duty.HsHeading, HsHeadingPattern))
        {
            fail("hsHeading", "hsHeading must be an HS heading such as 4202 or 4202.92.");
        }

        Percent(duty.DutyPercent, "dutyPercent", fail);
        Percent(duty.VatPercent, "vatPercent", fail);
        Name(duty.VatName, "vatName", fail);
        if (duty.Levies is { Count: > MaxLevies })
        {
            fail("levies", $"levies may list at most {MaxLevies}.");
        }

        for (var i = 0; i < (duty.Levies?.Count ?? 0); i++)
        {
            if (duty.Levies![i] is null)
            {
                fail($"levies[{i}]", $"levies[{i}] must be a levy: {{ \"name\": …, \"percent\": … }}, not null.");
                continue;
            }

            Name(duty.Levies[i].Name, $"levies[{i}].name", fail);
            Percent(duty.Levies[i].Percent, $"levies[{i}].percent", fail);
        }

        if (duty.ValuationBasis is not ("CIF" or "FOB"))
        {
            fail("valuationBasis", "valuationBasis must be CIF or FOB.");
        }

        if (duty.AsOf is null)
        {
            fail("asOf", "asOf is required: the date the rates are from.");
        }

        Source(duty.Source, fail);
    }

    public static void Check(InsuranceDocument insurance, Action<string, string> fail)
    {
        if (insurance.RatePercent is not { } rate || rate < 0.0001m || rate > 10m || Ppm(rate) / 10_000m != rate)
        {
            fail("ratePercent", "ratePercent must be from 0.0001 to 10, with at most four decimals.");
        }

        if (insurance.CoverPercent is not (>= MinCoverPercent and <= MaxCoverPercent))
        {
            fail("coverPercent", "coverPercent must be a whole number from 100 to 150 (Incoterms 2020 asks for at least 110 under CIF and CIP).");
        }

        Amount(insurance.MinimumPremium, "minimumPremium", fail);
        CurrencyOf(insurance.Currency, "currency", fail);
        if (insurance.AsOf is null)
        {
            fail("asOf", "asOf is required: the date the terms are from.");
        }

        Source(insurance.Source, fail);
    }

    public static int Ppm(decimal percent) => (int)decimal.Round(percent * 10_000m, 0, MidpointRounding.AwayFromZero);

    public static decimal Percent(int ppm) => ppm / 10_000m;

    public static decimal Major(long minor) => minor * 0.01m;

    public static long Minor(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    public static FreightLane ToLane(string id, FreightLaneDocument d, int version) => new(
        id, d.Origin!, d.Destination!, d.Mode!, d.Currency!, Opt(d.RatePerCbm), Opt(d.RatePer20Gp), Opt(d.RatePer40Gp), Opt(d.RatePer40Hc),
        Opt(d.RatePerKg), Minor(d.MinimumCharge!.Value), Minor(d.OriginCharges!.Value), d.TransitDays!.Value, d.ValidFrom!.Value,
        d.ValidTo!.Value, d.Firm ?? false, d.Source!, version);

    public static DutyRate ToRate(string country, string hsHeading, DutyRateDocument d, int version) => new(
        country, hsHeading, Ppm(d.DutyPercent!.Value), d.VatName!, Ppm(d.VatPercent!.Value),
        (d.Levies ?? []).Select(l => new Levy(l.Name!, Ppm(l.Percent!.Value))).ToList(), d.ValuationBasis!, d.AsOf!.Value, d.Source!, version);

    public static InsuranceTerms ToTerms(InsuranceDocument d, int version) => new(
        Ppm(d.RatePercent!.Value), d.CoverPercent!.Value, Minor(d.MinimumPremium!.Value), d.Currency!, d.AsOf!.Value, d.Source!, version);

    private static long? Opt(decimal? amount) => amount is { } a ? Minor(a) : null;

    private static bool IsAmount(decimal value) => value <= MaxAmount && decimal.Round(value, 2) == value;

    private static void Amount(decimal? value, string name, Action<string, string> fail)
    {
        if (value is not { } v || v < 0 || !IsAmount(v))
        {
            fail(name, $"{name} is required: 0 to {MaxAmount:0}, with at most two decimals.");
        }
    }

    private static void Percent(decimal? value, string name, Action<string, string> fail)
    {
        if (value is not { } v || v < 0 || v > 100 || Ppm(v) / 10_000m != v)
        {
            fail(name, $"{name} is required: 0 to 100, with at most four decimals.");
        }
    }

    private static void Name(string? value, string name, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxNameLength || value.Any(char.IsControl))
        {
            fail(name, $"{name} is required: 1 to {MaxNameLength} printable characters.");
        }
    }

    private static void Source(string? value, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxSourceLength || value.Any(char.IsControl))
        {
            fail("source", $"source is required: 1 to {MaxSourceLength} printable characters saying where the figures come from.");
        }
    }

    private static void CurrencyOf(string? code, string name, Action<string, string> fail)
    {
        if (code is null || !Currencies.ByCode.ContainsKey(code))
        {
            fail(name, $"{name} must be one of: {Currencies.Describe()}.");
        }
    }
}
