namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>A freight lane as the demo seed holds it. Amounts are in the lane's currency.</summary>
public sealed class FreightLaneDocument
{
    /// <summary>The lane's id, e.g. cnytn-kemba-sea-lcl.</summary>
    public string? Id { get; init; }

    /// <summary>UN/LOCODE the goods leave from: a place the supplier ships from (GET /v1/places).</summary>
    /// <example>CNYTN</example>
    public string? Origin { get; init; }

    /// <summary>UN/LOCODE the lane delivers to: a place the supplier ships to.</summary>
    /// <example>KEMBA</example>
    public string? Destination { get; init; }

    /// <summary>sea-lcl (needs ratePerCbm), sea-fcl (needs all three container rates), air or courier (need ratePerKg).</summary>
    /// <example>sea-lcl</example>
    public string? Mode { get; init; }

    /// <summary>ISO 4217 code of every amount on the lane, one the API prices in.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }

    /// <summary>sea-lcl: per W/M revenue ton, the greater of m³ and tonnes.</summary>
    /// <example>78.00</example>
    public decimal? RatePerCbm { get; init; }

    /// <summary>sea-fcl: per 20′ GP container.</summary>
    public decimal? RatePer20Gp { get; init; }

    /// <summary>sea-fcl: per 40′ GP container.</summary>
    public decimal? RatePer40Gp { get; init; }

    /// <summary>sea-fcl: per 40′ HC container.</summary>
    public decimal? RatePer40Hc { get; init; }

    /// <summary>air and courier: per chargeable kg.</summary>
    public decimal? RatePerKg { get; init; }

    /// <summary>The least the main freight costs per shipment (0 for none).</summary>
    /// <example>78.00</example>
    public decimal? MinimumCharge { get; init; }

    /// <summary>Export clearance and origin handling per shipment (0 when the rate includes them).</summary>
    /// <example>85.00</example>
    public decimal? OriginCharges { get; init; }

    /// <summary>Days from departure to arrival at the destination, 1 to 120.</summary>
    /// <example>25</example>
    public int? TransitDays { get; init; }

    /// <summary>First day a shipment may leave on this rate.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Last day a shipment may leave on this rate.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>True for a contracted rate the supplier invoices as it stands; false (the default) marks its figures as estimates.</summary>
    public bool? Firm { get; init; }

    /// <summary>Where the rate comes from, shown on every quote that uses it (1 to 300 characters).</summary>
    /// <example>Demo rate seeded for the sample catalogue, not a market quotation</example>
    public string? Source { get; init; }
}

/// <summary>An import levy as a percentage of the customs value.</summary>
public sealed class LevyDocument
{
    /// <example>Import declaration fee</example>
    public string? Name { get; init; }

    /// <example>2.5</example>
    public decimal? Percent { get; init; }
}

/// <summary>Duty and import taxes for an HS heading into a country.</summary>
public sealed class DutyRateDocument
{
    /// <summary>ISO 3166-1 alpha-2 destination country.</summary>
    public string? Country { get; init; }

    /// <summary>The HS heading, e.g. 4202.92.</summary>
    public string? HsHeading { get; init; }

    /// <summary>Import duty, % of the customs value.</summary>
    /// <example>35</example>
    public decimal? DutyPercent { get; init; }

    /// <summary>What the import VAT or GST is called there, e.g. VAT, GST, ICMS.</summary>
    /// <example>VAT</example>
    public string? VatName { get; init; }

    /// <summary>VAT/GST, % of the customs value plus duty and levies.</summary>
    /// <example>16</example>
    public decimal? VatPercent { get; init; }

    /// <summary>Other levies, each a % of the customs value (at most 10).</summary>
    public IReadOnlyList<LevyDocument>? Levies { get; init; }

    /// <summary>CIF (most countries) or FOB (e.g. the US, South Africa): what the customs value is.</summary>
    /// <example>CIF</example>
    public string? ValuationBasis { get; init; }

    /// <summary>The date the rates are from.</summary>
    public DateOnly? AsOf { get; init; }

    /// <example>Demo rate seeded for the sample catalogue (not tariff data)</example>
    public string? Source { get; init; }
}

/// <summary>The supplier's cargo insurance terms.</summary>
public sealed class InsuranceDocument
{
    /// <summary>Premium, % of the insured value (0.0001 to 10).</summary>
    /// <example>0.3</example>
    public decimal? RatePercent { get; init; }

    /// <summary>Insured value, % of the CIF value: 110 by Incoterms 2020's minimum, 100 to 150.</summary>
    /// <example>110</example>
    public int? CoverPercent { get; init; }

    /// <summary>The least premium per shipment, in currency.</summary>
    /// <example>25.00</example>
    public decimal? MinimumPremium { get; init; }

    /// <example>USD</example>
    public string? Currency { get; init; }

    public DateOnly? AsOf { get; init; }

    /// <example>Demo cargo insurance terms seeded for the sample catalogue</example>
    public string? Source { get; init; }
}

/// <summary>The shape of <c>db/seed/trade-reference.json</c>.</summary>
public sealed record ReferenceDataSeed(string Note, InsuranceDocument Insurance, IReadOnlyList<FreightLaneDocument> Lanes, IReadOnlyList<DutyRateDocument> Duties);
