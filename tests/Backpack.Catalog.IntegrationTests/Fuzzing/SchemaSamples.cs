using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// Valid-looking values from the document's schemas: the schema's example where it has one, else a value built from its
/// type, format, enum and bounds. Also the effective schema of a node (through $ref and a single allOf), which the
/// mutations read their limits from.
/// </summary>
public sealed class SchemaSamples(ApiDocument document)
{
    private const int MaxDepth = 12;

    /// <summary>The schema with $refs followed and a lone allOf member (how nullable references are written) merged in.</summary>
    public JsonElement Effective(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return schema;
        }

        schema = document.Schemas.Resolve(schema);
        return !schema.TryGetProperty("type", out _) && schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1
            ? Effective(allOf[0])
            : schema;
    }

    public JsonNode? Sample(JsonElement schema) => Sample(schema, 0);

    public static string? TypeOf(JsonElement effective) =>
        effective.ValueKind == JsonValueKind.Object && effective.TryGetProperty("type", out var type) ? type.GetString()
        : effective.ValueKind == JsonValueKind.Object && effective.TryGetProperty("properties", out _) ? "object"
        : null;

    public static int? IntKeyword(JsonElement effective, string keyword) =>
        effective.ValueKind == JsonValueKind.Object && effective.TryGetProperty(keyword, out var value) && value.TryGetInt32(out var number) ? number : null;

    public static decimal? NumberKeyword(JsonElement effective, string keyword) =>
        effective.ValueKind == JsonValueKind.Object && effective.TryGetProperty(keyword, out var value) && value.TryGetDecimal(out var number) ? number : null;

    public static string? Format(JsonElement effective) =>
        effective.ValueKind == JsonValueKind.Object && effective.TryGetProperty("format", out var format) ? format.GetString() : null;

    public static IReadOnlyList<string> Required(JsonElement effective) =>
        effective.ValueKind == JsonValueKind.Object && effective.TryGetProperty("required", out var required)
            ? required.EnumerateArray().Select(r => r.GetString()!).ToList()
            : [];

    public static IReadOnlyList<JsonElement> Enum(JsonElement effective) =>
        effective.ValueKind == JsonValueKind.Object && effective.TryGetProperty("enum", out var values) ? values.EnumerateArray().ToList() : [];

    /// <summary>The schema of a property of an object schema, or of the items of an array schema; default when undeclared.</summary>
    public JsonElement Child(JsonElement effective, object step)
    {
        if (effective.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        if (step is string name && effective.TryGetProperty("properties", out var properties) && properties.TryGetProperty(name, out var property))
        {
            return Effective(property);
        }

        return step is int && effective.TryGetProperty("items", out var items) ? Effective(items) : default;
    }

    private JsonNode? Sample(JsonElement schema, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return null;
        }

        var effective = Effective(schema);
        if (effective.TryGetProperty("example", out var example))
        {
            return JsonNode.Parse(example.GetRawText());
        }

        if (Enum(effective) is [var first, ..])
        {
            return JsonNode.Parse(first.GetRawText());
        }

        foreach (var combination in (string[])["allOf", "oneOf", "anyOf"])
        {
            if (effective.TryGetProperty(combination, out var members) && members.GetArrayLength() > 0)
            {
                return Sample(members[0], depth + 1);
            }
        }

        return TypeOf(effective) switch
        {
            "object" => SampleObject(effective, depth),
            "array" => new JsonArray([.. Enumerable.Range(0, Math.Max(1, IntKeyword(effective, "minItems") ?? 1))
                .Select(_ => Sample(effective.TryGetProperty("items", out var items) ? items : default, depth + 1))]),
            "string" => SampleString(effective),
            "integer" => JsonValue.Create((long)Math.Max(1, NumberKeyword(effective, "minimum") ?? 1)),
            "number" => JsonValue.Create(Math.Max(1, NumberKeyword(effective, "minimum") ?? 1)),
            "boolean" => JsonValue.Create(false),
            _ => null,
        };
    }

    private JsonObject SampleObject(JsonElement effective, int depth)
    {
        var sample = new JsonObject();
        if (effective.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                sample[property.Name] = Sample(property.Value, depth + 1);
            }
        }

        return sample;
    }

    private static JsonValue SampleString(JsonElement effective) => JsonValue.Create(Format(effective) switch
    {
        "date" => "2030-06-14",
        "date-time" => "2030-06-14T09:30:00Z",
        "uri" => "https://example.com/fuzz",
        "uuid" => "3f2b8c1e-5d4a-4e6b-9a7c-1d2e3f4a5b6c",
        _ => "fuzz".PadRight(IntKeyword(effective, "minLength") ?? 0, 'z'),
    });
}
