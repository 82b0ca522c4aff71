namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

public enum ProductSortKey
{
    Name,
    Capacity,
    PriceAtMoq,
    UnitPrice,
    Created,
}

/// <summary>A sort the list accepts, by its public name.</summary>
public sealed record ProductSort(string Name, ProductSortKey Key, bool Descending)
{
    public static readonly ProductSort Default = new("name", ProductSortKey.Name, false);

    private static readonly ProductSort[] All =
    [
        Default,
        new("-name", ProductSortKey.Name, true),
        new("capacity", ProductSortKey.Capacity, false),
        new("-capacity", ProductSortKey.Capacity, true),
        new("priceAtMoq", ProductSortKey.PriceAtMoq, false),
        new("-priceAtMoq", ProductSortKey.PriceAtMoq, true),
        new("unitPrice", ProductSortKey.UnitPrice, false),
        new("-unitPrice", ProductSortKey.UnitPrice, true),
        new("newest", ProductSortKey.Created, true),
    ];

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    public static bool TryParse(string? name, out ProductSort sort)
    {
        sort = name is null ? Default : All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))!;
        return sort is not null;
    }
}
