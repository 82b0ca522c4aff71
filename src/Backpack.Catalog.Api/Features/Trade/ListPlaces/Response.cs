using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Trade.ListPlaces;

/// <param name="Items">Every place that matches, by UN/LOCODE.</param>
public sealed record ListPlacesResponse([property: MaxLength(ListPlacesResponse.MaxPlaces)] IReadOnlyList<PlaceResponse> Items)
{
    public const int MaxPlaces = 100;

    public static ListPlacesResponse Example => new([PlaceResponse.From(Places.ByCode["KEMBA"]), PlaceResponse.From(Places.ByCode["VNSGN"])]);
}

/// <param name="Code">UN/LOCODE: send it as incoterm.place.</param>
/// <param name="Functions">seaport, airport and/or city.</param>
/// <param name="ShipsFrom">The supplier's goods leave from here: EXW and FCA (any), FOB (a seaport).</param>
/// <param name="ShipsTo">The supplier delivers here: CFR and CIF (a seaport), CPT, CIP, DAP, DPU and DDP.</param>
/// <param name="Incoterms">The rules that may name this place.</param>
/// <param name="DefaultFor">Where this is the default: "origin-sea:VN" (goods made in Vietnam sail from here under C and D rules),
/// "origin-air:CN", "destination-seaport:KE" or "destination-city:KE" (an order with a rule but no place goes here).</param>
public sealed record PlaceResponse(
    [property: RegularExpression(Places.CodePattern), MaxLength(Places.CodeLength)] string Code,
    [property: MaxLength(Places.MaxNameLength)] string Name,
    [property: RegularExpression(Countries.Pattern), MaxLength(Countries.CodeLength)] string Country,
    [property: OneOf(typeof(PlaceFunctions), nameof(PlaceFunctions.All))] IReadOnlyList<string> Functions,
    bool ShipsFrom,
    bool ShipsTo,
    [property: OneOf(typeof(Pricing.Incoterms), nameof(Pricing.Incoterms.All))] IReadOnlyList<string> Incoterms,
    [property: MaxLength(8), MaxItemLength(24)] IReadOnlyList<string> DefaultFor)
{
    public static PlaceResponse From(Place place) => new(
        place.Code, place.Name, place.Country, place.Functions, place.ShipsFrom, place.ShipsTo,
        Pricing.Incoterms.Rules.Where(rule => NamedPlaceRules.Check(rule, place.Code, null, "destinationCountry") is null).Select(r => r.Code).ToList(),
        Places.DefaultsOf(place));
}
