using System.Collections.Concurrent;
using System.Text.Json;

namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// JSON columns that catalogue reads parse on every request (a list page's 20 covers, each with its alt texts and renditions; a product's
/// labels), parsed once per distinct text: deserialising them was a fifth of the product list's own work. The same text always parses to
/// the same value, which callers never change, so the cache cannot be stale on one instance or many; past its bound it is emptied,
/// which only costs parsing again.
/// </summary>
public static class ParsedJson
{
    private const int MaxEntries = 4096;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static T Of<T>(string json)
        where T : class
    {
        var parsed = Cache<T>.Parsed;
        if (parsed.TryGetValue(json, out var value))
        {
            return value;
        }

        if (parsed.Count >= MaxEntries)
        {
            parsed.Clear();
        }

        return parsed.GetOrAdd(json, text => JsonSerializer.Deserialize<T>(text, Json)!);
    }

    private static class Cache<T>
        where T : class
    {
        public static readonly ConcurrentDictionary<string, T> Parsed = new(StringComparer.Ordinal);
    }
}
