namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>One mode's freight for the whole shipment: a consignment per port the goods leave from, or why it has no figure.</summary>
public sealed record ModeCosting(
    string Mode, DateOnly ShipDate, IReadOnlyList<ConsignmentCost> Consignments, string? UnknownReason)
{
    public bool Known => UnknownReason is null;

    public decimal FreightUsd => Consignments.Sum(c => c.FreightUsd);

    public decimal OriginChargesUsd => Consignments.Sum(c => c.OriginChargesUsd);

    public int? TransitDays => Known ? Consignments.Max(c => c.Lane.TransitDays) : null;

    public DateOnly? Arrival => Known ? Consignments.Max(c => c.Lines.Max(l => l.ShipDate).AddDays(c.Lane.TransitDays)) : null;

    public bool Firm => Known && Consignments.All(c => c.Lane.Firm);

    public static ModeCosting For(string mode, LandedCostInput input, TradeReference reference, LandedCostOptions options, Func<string, decimal> usdRate)
    {
        var shipDate = input.Lines.Max(l => l.ShipDate);
        if (input.Lines.FirstOrDefault(l => l.Packing is null) is { } unpacked)
        {
            return new(mode, shipDate, [], $"{unpacked.Sku} has no packing data (carton size and weight), so its freight cannot be costed.");
        }

        if (input.DestinationFor(mode) is not { } destination)
        {
            return new(mode, shipDate, [], input.DestinationCountry is null
                ? $"Under {input.Rule.Code} the buyer carries the goods on; name destinationCountry to estimate that freight."
                : $"The supplier has no {mode} destination in {input.DestinationCountry} to estimate the buyer's freight to.");
        }

        var consignments = new List<ConsignmentCost>();
        foreach (var group in input.Lines.GroupBy(l => input.OriginOf(l, mode)))
        {
            if (group.Key is not { } origin)
            {
                return new(mode, shipDate, [], $"The supplier has no {mode} port for goods made in {group.First().OriginCountry}.");
            }

            var leaving = group.Max(l => l.ShipDate);
            var lane = reference.Lanes
                .Where(l => l.Origin == origin && l.Destination == destination && l.Mode == mode && l.ValidFrom <= leaving && leaving <= l.ValidTo)
                .OrderByDescending(l => l.ValidFrom)
                .FirstOrDefault();
            if (lane is null)
            {
                return new(mode, shipDate, [],
                    $"No {mode} freight lane from {origin} to {destination} is valid for goods leaving on {TradeReference.Format(leaving)}.");
            }

            if (FreightQuote.Price(origin, group.ToList(), lane, options, usdRate) is not { } cost)
            {
                return new(mode, shipDate, [], $"Freight lane {lane.LaneId} has no rate for {mode}.");
            }

            consignments.Add(cost);
        }

        return new(mode, shipDate, consignments, null);
    }
}
