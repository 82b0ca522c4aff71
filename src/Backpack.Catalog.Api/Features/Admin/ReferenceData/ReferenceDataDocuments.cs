using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>
/// A freight lane: a forwarder's rate from one place to another by one mode, for shipments leaving between validFrom and validTo.
/// Amounts are in the lane's currency. The admin API and the demo seed take the same document.
/// </summary>
public sealed record FreightLaneDocument
{
    /// <summary>The lane the demo data leaves out on purpose (Phnom Penh to Apapa), so the example can be created as it stands.</summary>
    public static FreightLaneDocument Example => new()
    {
        Id = "khpnh-ngapp-sea-lcl", Origin = "KHPNH", Destination = "NGAPP", Mode = ShippingModes.SeaLcl, Currency = "USD", RatePerCbm = 96.00m,
        MinimumCharge = 96.00m, OriginCharges = 85.00m, TransitDays = 38, ValidFrom = new DateOnly(2026, 12, 1), ValidTo = new DateOnly(2027, 5, 31),
        Firm = false, Source = "Forwarder quotation of 2026-11-28 (demo figures)",
    };

    /// <summary>The lane's id, e.g. cnytn-kemba-sea-lcl: required on create; on PUT it may be left out, and if given must be the id in the path.</summary>
    /// <example>cnytn-kemba-sea-lcl</example>
    [RegularExpression(FreightLaneRules.LaneIdPattern)]
    [MaxLength(FreightLaneRules.MaxLaneIdLength)]
    public string? Id { get; init; }

    /// <summary>UN/LOCODE the goods leave from: a place the supplier ships from (GET /v1/places).</summary>
    /// <example>CNYTN</example>
    [Required]
    [OneOf(typeof(Places), nameof(Places.OriginCodes))]
    public string? Origin { get; init; }

    /// <summary>UN/LOCODE the lane delivers to: a place the supplier ships to.</summary>
    /// <example>KEMBA</example>
    [Required]
    [OneOf(typeof(Places), nameof(Places.DestinationCodes))]
    public string? Destination { get; init; }

    /// <summary>sea-lcl (needs ratePerCbm), sea-fcl (needs all three container rates), air or courier (need ratePerKg).</summary>
    /// <example>sea-lcl</example>
    [Required]
    [OneOf(typeof(ShippingModes), nameof(ShippingModes.All))]
    public string? Mode { get; init; }

    /// <summary>ISO 4217 code of every amount on the lane, one the API prices in.</summary>
    /// <example>USD</example>
    [Required]
    [OneOf(typeof(Currencies), nameof(Currencies.Codes))]
    public string? Currency { get; init; }

    /// <summary>sea-lcl: per W/M revenue ton, the greater of m³ and tonnes.</summary>
    /// <example>78.00</example>
    [Range(0.01, (double)ReferenceDataRules.MaxAmount)]
    [MultipleOf(0.01)]
    public decimal? RatePerCbm { get; init; }

    /// <summary>sea-fcl: per 20′ GP container.</summary>
    [Range(0.01, (double)ReferenceDataRules.MaxAmount)]
    [MultipleOf(0.01)]
    public decimal? RatePer20Gp { get; init; }

    /// <summary>sea-fcl: per 40′ GP container.</summary>
    [Range(0.01, (double)ReferenceDataRules.MaxAmount)]
    [MultipleOf(0.01)]
    public decimal? RatePer40Gp { get; init; }

    /// <summary>sea-fcl: per 40′ HC container.</summary>
    [Range(0.01, (double)ReferenceDataRules.MaxAmount)]
    [MultipleOf(0.01)]
    public decimal? RatePer40Hc { get; init; }

    /// <summary>air and courier: per chargeable kg.</summary>
    [Range(0.01, (double)ReferenceDataRules.MaxAmount)]
    [MultipleOf(0.01)]
    public decimal? RatePerKg { get; init; }

    /// <summary>The least the main freight costs per shipment (0 for none).</summary>
    /// <example>78.00</example>
    [Required]
    [Range(0, (double)ReferenceDataRules.MaxAmount)]
    [MultipleOf(0.01)]
    public decimal? MinimumCharge { get; init; }

    /// <summary>Export clearance and origin handling per shipment (0 when the rate includes them).</summary>
    /// <example>85.00</example>
    [Required]
    [Range(0, (double)ReferenceDataRules.MaxAmount)]
    [MultipleOf(0.01)]
    public decimal? OriginCharges { get; init; }

    /// <summary>Days from departure to arrival at the destination, 1 to 120.</summary>
    /// <example>25</example>
    [Required]
    [Range(1, ReferenceDataRules.MaxTransitDays)]
    public int? TransitDays { get; init; }

    /// <summary>First day a shipment may leave on this rate.</summary>
    [Required]
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Last day a shipment may leave on this rate.</summary>
    [Required]
    public DateOnly? ValidTo { get; init; }

    /// <summary>True for a contracted rate the supplier invoices as it stands; false (the default) marks its figures as estimates.</summary>
    public bool? Firm { get; init; }

    /// <summary>Where the rate comes from, shown on every quote that uses it (1 to 300 characters).</summary>
    /// <example>Demo rate seeded for the sample catalogue, not a market quotation</example>
    [Required]
    [MaxLength(ReferenceDataRules.MaxSourceLength)]
    public string? Source { get; init; }
}

/// <summary>An import levy as a percentage of the customs value.</summary>
public sealed record LevyDocument
{
    /// <example>Import declaration fee</example>
    [Required]
    [MaxLength(ReferenceDataRules.MaxNameLength)]
    public string? Name { get; init; }

    /// <example>2.5</example>
    [Required]
    [Range(0, 100)]
    public decimal? Percent { get; init; }
}

/// <summary>Duty and import taxes for an HS heading into a country.</summary>
public sealed record DutyRateDocument
{
    /// <summary>The rate the demo data leaves out on purpose (leather bags into the Netherlands), so the example can be created as it stands.</summary>
    public static DutyRateDocument Example => new()
    {
        Country = "NL", HsHeading = "4202.91", DutyPercent = 3m, VatName = "VAT", VatPercent = 21m, Levies = [], ValuationBasis = "CIF",
        AsOf = new DateOnly(2026, 10, 1), Source = "Demo rate for the sample catalogue (not tariff data)",
    };

    /// <summary>ISO 3166-1 alpha-2 destination country: required on create; on PUT it may be left out, and if given must be the one in the path.</summary>
    /// <example>KE</example>
    [RegularExpression(Countries.Pattern)]
    [MaxLength(Countries.CodeLength)]
    public string? Country { get; init; }

    /// <summary>The HS heading, e.g. 4202.92 (4, 6 or 8 digits): required on create; on PUT as for country.</summary>
    /// <example>4202.92</example>
    [RegularExpression(ReferenceDataRules.HsHeadingPattern)]
    [MaxLength(ReferenceDataRules.MaxHsHeadingLength)]
    public string? HsHeading { get; init; }

    /// <summary>Import duty, % of the customs value.</summary>
    /// <example>35</example>
    [Required]
    [Range(0, 100)]
    public decimal? DutyPercent { get; init; }

    /// <summary>What the import VAT or GST is called there, e.g. VAT, GST, ICMS.</summary>
    /// <example>VAT</example>
    [Required]
    [MaxLength(ReferenceDataRules.MaxNameLength)]
    public string? VatName { get; init; }

    /// <summary>VAT/GST, % of the customs value plus duty and levies.</summary>
    /// <example>16</example>
    [Required]
    [Range(0, 100)]
    public decimal? VatPercent { get; init; }

    /// <summary>Other levies, each a % of the customs value (at most 10).</summary>
    [MaxLength(ReferenceDataRules.MaxLevies)]
    public IReadOnlyList<LevyDocument>? Levies { get; init; }

    /// <summary>CIF (most countries) or FOB (e.g. the US, South Africa): what the customs value is.</summary>
    /// <example>CIF</example>
    [Required]
    [OneOf(typeof(ReferenceDataRules), nameof(ReferenceDataRules.ValuationBases))]
    public string? ValuationBasis { get; init; }

    /// <summary>The date the rates are from.</summary>
    [Required]
    public DateOnly? AsOf { get; init; }

    /// <summary>Where the rates come from, shown on every quote that uses them (1 to 300 characters).</summary>
    /// <example>Demo rate seeded for the sample catalogue (not tariff data)</example>
    [Required]
    [MaxLength(ReferenceDataRules.MaxSourceLength)]
    public string? Source { get; init; }
}

/// <summary>The supplier's cargo insurance terms.</summary>
public sealed record InsuranceDocument
{
    public static InsuranceDocument Example => new()
    {
        RatePercent = 0.3m, CoverPercent = 110, MinimumPremium = 25.00m, Currency = "USD", AsOf = new DateOnly(2026, 7, 1),
        Source = "Demo cargo insurance terms seeded for the sample catalogue",
    };

    /// <summary>Premium, % of the insured value (0.0001 to 10).</summary>
    /// <example>0.3</example>
    [Required]
    [Range(0.0001, 10)]
    public decimal? RatePercent { get; init; }

    /// <summary>Insured value, % of the CIF value: 110 by Incoterms 2020's minimum, 100 to 150.</summary>
    /// <example>110</example>
    [Required]
    [Range(ReferenceDataRules.MinCoverPercent, ReferenceDataRules.MaxCoverPercent)]
    public int? CoverPercent { get; init; }

    /// <summary>The least premium per shipment, in currency.</summary>
    /// <example>25.00</example>
    [Required]
    [Range(0, (double)ReferenceDataRules.MaxAmount)]
    [MultipleOf(0.01)]
    public decimal? MinimumPremium { get; init; }

    /// <example>USD</example>
    [Required]
    [OneOf(typeof(Currencies), nameof(Currencies.Codes))]
    public string? Currency { get; init; }

    /// <summary>The date the terms are from.</summary>
    [Required]
    public DateOnly? AsOf { get; init; }

    /// <summary>Where the terms come from, shown on every quote that insures (1 to 300 characters).</summary>
    /// <example>Demo cargo insurance terms seeded for the sample catalogue</example>
    [Required]
    [MaxLength(ReferenceDataRules.MaxSourceLength)]
    public string? Source { get; init; }
}

/// <summary>The shape of <c>db/seed/trade-reference.json</c>.</summary>
public sealed record ReferenceDataSeed(string Note, InsuranceDocument Insurance, IReadOnlyList<FreightLaneDocument> Lanes, IReadOnlyList<DutyRateDocument> Duties);
