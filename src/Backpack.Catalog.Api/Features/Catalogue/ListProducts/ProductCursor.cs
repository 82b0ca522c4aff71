using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

/// <summary>
/// Opaque keyset cursor: the sort key and id of the last row served, the sort, and a fingerprint of
/// the filters, so a cursor can never silently continue a different query.
/// </summary>
public sealed record ProductCursor(string Sort, string Filters, string Key, string Id)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, Json));

    public static ProductCursor? TryDecode(string text)
    {
        try
        {
            var cursor = JsonSerializer.Deserialize<ProductCursor>(Base64Url.DecodeFromChars(text), Json);
            return cursor is { Sort: not null, Filters: not null, Key: not null, Id: not null } ? cursor : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string Fingerprint(ProductFilters filters) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(filters, Json))), 0, 8);

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

/// <summary>The validated filters of one list query, normalised.</summary>
public sealed record ProductFilters(
    string? Category,
    string? Material,
    double? MinCapacity,
    double? MaxCapacity,
    string? Certification,
    string? Feature,
    int? MaxMoq,
    bool? InStock,
    string? Search,
    int? PriceAtQuantity,
    long? MaxUnitPriceCents);
