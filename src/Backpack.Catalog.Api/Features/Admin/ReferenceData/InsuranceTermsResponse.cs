using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>The supplier's cargo insurance terms, as stored: a premium of ratePercent on coverPercent of the CIF value.</summary>
/// <param name="MinimumPremium">The least premium per shipment, in currency.</param>
/// <param name="Version">Bumped by every change; the ETag is this number in quotes.</param>
public sealed record InsuranceTermsResponse(
    [property: Range(0.0001, 10)] decimal RatePercent,
    [property: Range(ReferenceDataRules.MinCoverPercent, ReferenceDataRules.MaxCoverPercent)] int CoverPercent,
    decimal MinimumPremium,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency,
    DateOnly AsOf,
    [property: MaxLength(ReferenceDataRules.MaxSourceLength)] string Source,
    [property: Range(1, int.MaxValue)] int Version)
{
    public static InsuranceTermsResponse Example => From(ReferenceDataRules.ToTerms(InsuranceDocument.Example, 4));

    [JsonIgnore]
    public string ETag => CataloguePreconditions.ETagOf(Version);

    public static InsuranceTermsResponse From(InsuranceTerms terms) => new(
        ReferenceDataRules.Percent(terms.RatePpm), terms.CoverPercent, ReferenceDataRules.Major(terms.MinimumPremiumMinor), terms.Currency,
        terms.AsOf, terms.Source, terms.Version);
}
