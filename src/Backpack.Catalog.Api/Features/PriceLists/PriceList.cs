using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.PriceLists;

/// <summary>A percentage off the list ladder for every SKU of a family.</summary>
public sealed record FamilyDiscount(string Family, decimal PercentOff);

/// <summary>A SKU's own ladder for the distributor, in USD cents, held to the catalogue's ladder rules.</summary>
public sealed record SkuLadder(string Sku, IReadOnlyList<PriceBreak> Tiers);

/// <summary>
/// A distributor's negotiated prices, valid from one date to another (both included, UTC): an explicit ladder for a SKU wins over its
/// family's discount; SKUs the list does not name keep the list ladder. Sample prices are never discounted.
/// </summary>
public sealed record PriceList(
    string DistributorId, string Name, DateOnly ValidFrom, DateOnly ValidTo, IReadOnlyList<FamilyDiscount> FamilyDiscounts,
    IReadOnlyList<SkuLadder> SkuLadders, int Version)
{
    public string ETag => $"\"{Version}\"";

    public string StatusOn(DateOnly today) =>
        today < ValidFrom ? PriceListStates.Scheduled : today > ValidTo ? PriceListStates.Expired : PriceListStates.Applied;

    /// <summary>The ladder the distributor pays for <paramref name="sku"/> of <paramref name="family"/>, from its list ladder.</summary>
    public IReadOnlyList<PriceBreak> Apply(string sku, string family, IReadOnlyList<PriceBreak> listLadder)
    {
        if (SkuLadders.FirstOrDefault(l => l.Sku == sku) is { } own)
        {
            return own.Tiers;
        }

        return FamilyDiscounts.FirstOrDefault(d => d.Family == family) is { } discount
            ? listLadder.Select(t => t with { UnitPriceCents = Discounted(t.UnitPriceCents, discount.PercentOff) }).ToList()
            : listLadder;
    }

    /// <summary>Rounded half away from zero to the cent, never below one cent.</summary>
    public static long Discounted(long cents, decimal percentOff) =>
        Math.Max(1, (long)decimal.Round(cents * (100m - percentOff) / 100m, 0, MidpointRounding.AwayFromZero));
}

public static class PriceListStates
{
    public const string Applied = "applied";
    public const string Expired = "expired";
    public const string Scheduled = "scheduled";

    public static readonly IReadOnlyList<string> All = [Applied, Expired, Scheduled];
}

/// <summary>The list a caller's prices come from, as priced today: the list itself when it applies, else none (list prices).</summary>
public sealed record PriceListInEffect(PriceList List, string Status)
{
    public const string FactoryPrices = "Price list (factory prices)";

    /// <summary>Where the goods' prices come from, as the landed cost names its source: the caller's list when it applies, else factory prices.</summary>
    public static string GoodsSourceOf(PriceListInEffect? inEffect) => inEffect?.Applying is { } list ? $"Price list {list.Name}" : FactoryPrices;

    public PriceList? Applying => Status == PriceListStates.Applied ? List : null;

    public PriceListResponse Response => new(List.Name, List.ValidFrom, List.ValidTo, Status, Status switch
    {
        PriceListStates.Applied => $"Your price list {List.Name} applies until {List.ValidTo:yyyy-MM-dd}.",
        PriceListStates.Expired => $"Your price list {List.Name} expired on {List.ValidTo:yyyy-MM-dd}; these are list prices.",
        _ => $"Your price list {List.Name} applies from {List.ValidFrom:yyyy-MM-dd}; until then these are list prices.",
    });
}
