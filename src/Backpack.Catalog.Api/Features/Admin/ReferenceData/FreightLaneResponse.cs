using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>A freight lane as stored. Amounts are in the lane's currency; a rate that does not apply to the mode is null.</summary>
/// <param name="Firm">True for a contracted rate the supplier invoices as it stands; false marks every figure costed from it as an estimate.</param>
/// <param name="Version">Bumped by every change; the ETag is this number in quotes.</param>
public sealed record FreightLaneResponse(
    [property: RegularExpression(FreightLaneRules.LaneIdPattern), MaxLength(FreightLaneRules.MaxLaneIdLength)] string Id,
    [property: OneOf(typeof(Places), nameof(Places.OriginCodes))] string Origin,
    [property: OneOf(typeof(Places), nameof(Places.DestinationCodes))] string Destination,
    [property: OneOf(typeof(ShippingModes), nameof(ShippingModes.All))] string Mode,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency,
    decimal? RatePerCbm,
    decimal? RatePer20Gp,
    decimal? RatePer40Gp,
    decimal? RatePer40Hc,
    decimal? RatePerKg,
    decimal MinimumCharge,
    decimal OriginCharges,
    [property: Range(1, ReferenceDataRules.MaxTransitDays)] int TransitDays,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    bool Firm,
    [property: MaxLength(ReferenceDataRules.MaxSourceLength)] string Source,
    [property: Range(1, int.MaxValue)] int Version)
{
    public static FreightLaneResponse Example => From(ReferenceDataRules.ToLane(FreightLaneDocument.Example.Id!, FreightLaneDocument.Example, 3));

    [JsonIgnore]
    public string ETag => CataloguePreconditions.ETagOf(Version);

    public static FreightLaneResponse From(FreightLane lane) => new(
        lane.LaneId, lane.Origin, lane.Destination, lane.Mode, lane.Currency, Major(lane.RatePerCbmMinor), Major(lane.Rate20GpMinor),
        Major(lane.Rate40GpMinor), Major(lane.Rate40HcMinor), Major(lane.RatePerKgMinor), ReferenceDataRules.Major(lane.MinimumMinor),
        ReferenceDataRules.Major(lane.OriginChargesMinor), lane.TransitDays, lane.ValidFrom, lane.ValidTo, lane.Firm, lane.Source, lane.Version);

    private static decimal? Major(long? minor) => minor is { } m ? ReferenceDataRules.Major(m) : null;
}
