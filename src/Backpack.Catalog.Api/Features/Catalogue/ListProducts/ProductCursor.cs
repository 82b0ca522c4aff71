using System.Globalization;
using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

/// <summary>Where a product page ended: the sort, the filters' fingerprint, and the sort key and id of the last row.</summary>
public sealed record ProductCursor(string Sort, string Filters, string Key, string Id)
{
    public string Encode() => CursorCodec.Encode(this);

    public static ProductCursor? TryDecode(string text) =>
        CursorCodec.TryDecode<ProductCursor>(text) is { Sort: not null, Filters: not null, Key: not null, Id: not null } cursor ? cursor : null;

    /// <summary>The filters, and the language when it is not English: names, q and the name order are that language's.</summary>
    public static string Fingerprint(ProductFilters filters, string language) => language == Localization.Languages.English
        ? CursorCodec.Fingerprint(filters)
        : CursorCodec.Fingerprint(new LocalizedFilters(filters, language));

    private sealed record LocalizedFilters(ProductFilters Filters, string Language);

    /// <summary>The key as the type the sort compares, or null when it does not parse as one.</summary>
    public object? TypedKey(ProductSortKey key) => key switch
    {
        ProductSortKey.Name => Key,
        ProductSortKey.Capacity => double.TryParse(Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
        _ => long.TryParse(Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
    };

    public static string FormatKey(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => (string)value,
    };
}

/// <summary>The validated filters of one list query, normalised: each repeatable filter's values distinct and sorted, or null.</summary>
public sealed record ProductFilters(
    IReadOnlyList<string>? Category,
    IReadOnlyList<string>? Material,
    double? MinCapacity,
    double? MaxCapacity,
    IReadOnlyList<string>? Certification,
    IReadOnlyList<string>? Feature,
    int? MaxMoq,
    bool? InStock,
    string? Search,
    int? PriceAtQuantity,
    long? MaxUnitPriceCents);

internal static class FilterValues
{
    public static IReadOnlyList<string>? Normalise(string[]? values) =>
        values is { Length: > 0 } ? values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() : null;
}
