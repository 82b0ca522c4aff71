using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>Duty and import taxes for an HS heading into a country, as stored.</summary>
/// <param name="Id">country/hsHeading, the path of the rate under /v1/admin/duty-rates.</param>
/// <param name="DutyPercent">Import duty, % of the customs value.</param>
/// <param name="VatPercent">VAT/GST, % of the customs value plus duty and levies.</param>
/// <param name="ValuationBasis">What the customs value is: the CIF value (most countries) or the FOB value (e.g. the US).</param>
/// <param name="Version">Bumped by every change; the ETag is this number in quotes.</param>
public sealed record DutyRateResponse(
    [property: RegularExpression(DutyRateResponse.IdPattern), MaxLength(DutyRateResponse.MaxIdLength)] string Id,
    [property: RegularExpression(Countries.Pattern), MaxLength(Countries.CodeLength)] string Country,
    [property: RegularExpression(ReferenceDataRules.HsHeadingPattern), MaxLength(ReferenceDataRules.MaxHsHeadingLength)] string HsHeading,
    [property: Range(0, 100)] decimal DutyPercent,
    [property: MaxLength(ReferenceDataRules.MaxNameLength)] string VatName,
    [property: Range(0, 100)] decimal VatPercent,
    [property: MaxLength(ReferenceDataRules.MaxLevies)] IReadOnlyList<LevyResponse> Levies,
    [property: OneOf(typeof(ReferenceDataRules), nameof(ReferenceDataRules.ValuationBases))] string ValuationBasis,
    DateOnly AsOf,
    [property: MaxLength(ReferenceDataRules.MaxSourceLength)] string Source,
    [property: Range(1, int.MaxValue)] int Version)
{
    public const string IdPattern = "^[A-Z]{2}/[0-9]{4}(\\.[0-9]{2}){0,2}$";
    public const int MaxIdLength = Countries.CodeLength + 1 + ReferenceDataRules.MaxHsHeadingLength;

    public static DutyRateResponse Example => From(ReferenceDataRules.ToRate(DutyRateDocument.Example.Country!, DutyRateDocument.Example.HsHeading!, DutyRateDocument.Example, 2));

    [JsonIgnore]
    public string ETag => CataloguePreconditions.ETagOf(Version);

    public static DutyRateResponse From(DutyRate rate) => new(
        DutyRateTable.Key(rate.Country, rate.HsHeading), rate.Country, rate.HsHeading, ReferenceDataRules.Percent(rate.DutyPpm), rate.VatName,
        ReferenceDataRules.Percent(rate.VatPpm), rate.Levies.Select(l => new LevyResponse(l.Name, ReferenceDataRules.Percent(l.Ppm))).ToList(),
        rate.ValuationBasis, rate.AsOf, rate.Source, rate.Version);
}

/// <summary>An import levy, % of the customs value.</summary>
public sealed record LevyResponse([property: MaxLength(ReferenceDataRules.MaxNameLength)] string Name, [property: Range(0, 100)] decimal Percent);
