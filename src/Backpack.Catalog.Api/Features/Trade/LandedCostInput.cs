using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>What a landed cost is asked for: the rule and its place, where the goods go, and the priced lines.</summary>
/// <param name="DestinationCountry">Where the goods are imported; for C and D rules the place's own country.</param>
/// <param name="RequestedMode">The shipping mode the buyer asked for, if any.</param>
/// <param name="RequestedArrival">The date the buyer needs the goods at the place, if any.</param>
/// <param name="Rate">Units of the quote currency per USD.</param>
/// <param name="GoodsSource">Where the goods prices come from: the price list, or the held quote.</param>
public sealed record LandedCostInput(
    Incoterm Rule, Place Place, string? DestinationCountry, string? RequestedMode, DateOnly? RequestedArrival,
    Currency Currency, decimal Rate, string GoodsSource, DateOnly GoodsAsOf, IReadOnlyList<CostedLine> Lines)
{
    public IReadOnlyList<string> AllowedModes => Rule.SeaOnly ? ShippingModes.Sea : ShippingModes.All;

    /// <summary>EXW, FCA and FOB deliver at the named place the goods leave from: the buyer carries them on.</summary>
    public bool DeliversAtOrigin => Rule.Place.DeliversAtOrigin();

    /// <summary>The port or airport a line leaves from by a mode; null when its factory country has none.</summary>
    public string? OriginOf(CostedLine line, string mode)
    {
        if (DeliversAtOrigin)
        {
            return Place.Code;
        }

        return Places.OriginPorts.TryGetValue(line.OriginCountry, out var ports) ? (ShippingModes.IsSea(mode) ? ports.Sea : ports.Air) : null;
    }

    /// <summary>Where the main carriage ends: the named place under C and D rules, else the destination country's port or city.</summary>
    public string? DestinationFor(string mode)
    {
        if (!DeliversAtOrigin)
        {
            return Place.Code;
        }

        return DestinationCountry is { } country ? Places.DefaultDestination(country, ShippingModes.IsSea(mode))?.Code : null;
    }

    public IReadOnlyList<string> Origins() =>
        AllowedModes.SelectMany(m => Lines.Select(l => OriginOf(l, m))).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> Destinations() =>
        AllowedModes.Select(DestinationFor).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
