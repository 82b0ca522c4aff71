using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// A request body that differs from the baseline in one way; built only when the case is picked. <see cref="Always"/>:
/// sent for every operation (malformed bodies; null, missing, wrong-typed, huge and over-long values of every field).
/// <see cref="Group"/>: the kind of value (emoji, int64-max+1 …), which sampling spreads over.
/// </summary>
public sealed record BodyCase(string Category, string Label, Func<byte[]> Bytes, bool Always = false, string? Group = null);

/// <summary>
/// Mutations of a valid JSON body: every node (each property, the first item of each array) gets wrong types, null,
/// removal, hostile strings and numbers, limits crossed; objects get unknown properties; and the whole body gets
/// malformed JSON (truncated, trailing commas, 10,000 levels deep, duplicate keys, BOM, other encodings, over the size limit).
/// </summary>
public sealed class BodyMutations(SchemaSamples samples, JsonNode baseline, JsonElement schema, Random random)
{
    public const string FieldCategory = "body-field";
    public const string ExtraFieldCategory = "body-extra-field";
    public const string MalformedCategory = "body-malformed";

    /// <summary>Bodies over the 1 MiB request body limit of every operation but the catalogue import.</summary>
    private const int OverBodyLimit = (1024 * 1024) + 1;

    private const int Deep = 10_000;

    // System.Text.Json cannot write lone surrogates, NaN or out-of-range literals: a marker string is written instead and
    // swapped for the raw token in the text.
    private const string RawMarker = "__fuzz_raw_token__";

    private static readonly JsonSerializerOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public byte[] Baseline() => Encoding.UTF8.GetBytes(baseline.ToJsonString(Writer));

    public IEnumerable<BodyCase> All() => WholeBody()
        .Concat(baseline is JsonObject ? ExtraPropertyCases([]) : [])
        .Concat(Nodes(baseline, samples.Effective(schema), []).SelectMany(NodeCases));

    private IEnumerable<BodyCase> WholeBody()
    {
        var text = baseline.ToJsonString(Writer);
        var bytes = Encoding.UTF8.GetBytes(text);
        yield return Malformed("empty", () => []);
        foreach (var literal in (string[])["null", "[]", "\"text\"", "42", "true", "{}"])
        {
            yield return Malformed($"root {literal}", () => Encoding.UTF8.GetBytes(literal));
        }

        yield return Malformed("truncated", () => bytes[..(bytes.Length / 2)]);
        yield return Malformed("missing-closing-brace", () => bytes[..^1]);
        yield return Malformed("trailing-comma", () => Encoding.UTF8.GetBytes(text[..text.LastIndexOf('}')] + ",}"));
        yield return Malformed("duplicate-keys", () => Encoding.UTF8.GetBytes(DuplicateFirstKey(text)));
        yield return Malformed($"nested-arrays-{Deep}", () => Encoding.UTF8.GetBytes(new string('[', Deep) + new string(']', Deep)));
        yield return Malformed($"nested-objects-{Deep}", () => Encoding.UTF8.GetBytes(
            string.Concat(Enumerable.Repeat("{\"a\":", Deep)) + "1" + new string('}', Deep)));
        yield return Malformed("utf8-bom", () => [0xEF, 0xBB, 0xBF, .. bytes]);
        yield return Malformed("utf16-encoded", () => Encoding.Unicode.GetBytes(text));
        yield return Malformed("invalid-utf8-byte", () => InvalidUtf8(bytes));
        yield return Malformed("comment", () => Encoding.UTF8.GetBytes("/* comment */ " + text));
        yield return Malformed("single-quotes", () => Encoding.UTF8.GetBytes(text.Replace('"', '\'')));
        yield return Malformed("two-documents", () => Encoding.UTF8.GetBytes(text + text));
        yield return Malformed("lone-surrogate-property-name", () => Encoding.UTF8.GetBytes("{\"\\ud800\": 1," + text.TrimStart()[1..]));
        yield return Malformed("binary-garbage", () =>
        {
            var garbage = new byte[64];
            random.NextBytes(garbage);
            return garbage;
        });
        yield return Malformed("over-body-limit", () => [.. bytes, .. Enumerable.Repeat((byte)' ', OverBodyLimit)]);
    }

    private static BodyCase Malformed(string label, Func<byte[]> bytes) => new(MalformedCategory, label, bytes, Always: true);

    private static string DuplicateFirstKey(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "{\"a\":1,\"a\":2}" : "{" + text[1..colon] + ":\"duplicate\"," + text[1..];
    }

    private static byte[] InvalidUtf8(byte[] bytes)
    {
        var quote = Array.IndexOf(bytes, (byte)'"', Array.IndexOf(bytes, (byte)':') + 1);
        return quote < 0 ? [0xFF, .. bytes] : [.. bytes[..(quote + 1)], 0xFF, 0xFE, .. bytes[(quote + 1)..]];
    }

    /// <summary>Every node under the root with its path and schema: properties, and the first item of each array.</summary>
    private IEnumerable<(IReadOnlyList<object> Path, JsonNode? Node, JsonElement Schema, JsonElement Parent)> Nodes(
        JsonNode? node, JsonElement nodeSchema, IReadOnlyList<object> path)
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => ((object)p.Key, p.Value)).ToList(),
            JsonArray { Count: > 0 } a => [((object)0, a[0])],
            _ => [],
        };
        foreach (var (step, child) in children)
        {
            var childPath = path.Append(step).ToList();
            var childSchema = samples.Child(nodeSchema, step);
            yield return (childPath, child, childSchema, nodeSchema);
            foreach (var descendant in Nodes(child, childSchema, childPath))
            {
                yield return descendant;
            }
        }
    }

    private IEnumerable<BodyCase> NodeCases((IReadOnlyList<object> Path, JsonNode? Node, JsonElement Schema, JsonElement Parent) target)
    {
        var (path, node, nodeSchema, parent) = target;
        var where = PathText(path);
        var type = SchemaSamples.TypeOf(nodeSchema) ?? KindOf(node);
        BodyCase Raw(string label, string raw, bool always = false) => new(FieldCategory, $"{where} {label}",
            () => Serialize(root => Set(root, path, JsonValue.Create(RawMarker)), $"\"{RawMarker}\"", raw), always, label);

        yield return Raw("null", "null", always: true);
        if (path[^1] is string name)
        {
            var required = SchemaSamples.Required(parent).Contains(name);
            yield return new(FieldCategory, $"{where} {(required ? "missing-required" : "missing")}", () => Serialize(root => Remove(root, path)), Always: true);
        }

        foreach (var (label, raw) in WrongTypes(type))
        {
            yield return Raw($"wrong-type {label}", raw, always: true);
        }

        var cases = type switch
        {
            "string" => StringCases(nodeSchema),
            "integer" or "number" => NumberCases(nodeSchema),
            "boolean" => [new Hostile("string-true", "\"true\""), new("one", "1"), new("zero", "0"), new("capitalised", "True")],
            "array" => ArrayCases(node as JsonArray, nodeSchema),
            _ => [],
        };
        foreach (var hostile in cases)
        {
            var always = hostile.Label == HostileValues.Huge.Label || hostile.Label.StartsWith("over-maxLength", StringComparison.Ordinal);
            yield return Raw(hostile.Label, hostile.Value, always);
        }

        if (node is JsonObject)
        {
            foreach (var extra in ExtraPropertyCases(path))
            {
                yield return extra;
            }
        }
    }

    private IEnumerable<BodyCase> ExtraPropertyCases(IReadOnlyList<object> path) => ExtraProperties().Select(extra => new BodyCase(
        ExtraFieldCategory,
        $"{PathText(path)} {extra.Label}",
        () => Serialize(root =>
        {
            NodeAt(root, path).AsObject()[RawMarker] = 0;
            return root;
        }, $"\"{RawMarker}\":0", extra.Value),
        Group: extra.Label));

    private static IEnumerable<Hostile> StringCases(JsonElement schema)
    {
        foreach (var hostile in HostileValues.Strings.Append(HostileValues.Huge))
        {
            yield return hostile with { Value = JsonSerializer.Serialize(hostile.Value, Writer) };
        }

        foreach (var raw in HostileValues.RawJsonStrings)
        {
            yield return raw;
        }

        if (SchemaSamples.IntKeyword(schema, "maxLength") is { } max)
        {
            yield return new("over-maxLength", $"\"{new string('x', max + 1)}\"");
            yield return new("over-maxLength-in-emoji", $"\"{string.Concat(Enumerable.Repeat("🎒", max + 1))}\"");
        }

        if (SchemaSamples.IntKeyword(schema, "minLength") is > 1 and var min)
        {
            yield return new("under-minLength", $"\"{new string('x', min - 1)}\"");
        }

        if (SchemaSamples.Enum(schema) is [var first, ..] && first.ValueKind == JsonValueKind.String)
        {
            yield return new("not-in-enum", "\"not-a-member\"");
            yield return new("enum-upper-case", JsonSerializer.Serialize(first.GetString()!.ToUpperInvariant()));
            yield return new("enum-padded", JsonSerializer.Serialize($" {first.GetString()} "));
        }

        var formatted = SchemaSamples.Format(schema) switch
        {
            "date" => new Hostile[]
            {
                new("impossible-date", "\"2026-02-30\""), new("past-date", "\"2001-01-01\""), new("date-time-for-date", "\"2030-01-01T00:00:00Z\""),
                new("year-10000", "\"10000-01-01\""),
            },
            "date-time" => [new("impossible-date-time", "\"2026-13-01T00:00:00Z\""), new("no-offset", "\"2030-01-01T00:00:00\""), new("year-zero", "\"0000-01-01T00:00:00Z\"")],
            "uri" => [new("javascript-uri", "\"javascript:alert(1)\""), new("loopback-uri", "\"http://127.0.0.1:1/\""), new("file-uri", "\"file:///etc/passwd\""),
                new("metadata-uri", "\"https://169.254.169.254/latest/meta-data/\""), new("relative-uri", "\"/hooks\""), new("credentials-uri", "\"https://user:pass@example.com/\"")],
            "uuid" => [new("not-a-uuid", "\"not-a-uuid\""), new("empty-uuid", "\"00000000-0000-0000-0000-000000000000\"")],
            _ => [],
        };
        foreach (var hostile in formatted)
        {
            yield return hostile;
        }
    }

    private static IEnumerable<Hostile> NumberCases(JsonElement schema)
    {
        foreach (var hostile in HostileValues.RawJsonNumbers.Concat(HostileValues.NumberLikeStrings).Concat(HostileValues.InvalidNumberLiterals))
        {
            yield return hostile;
        }

        if (SchemaSamples.NumberKeyword(schema, "minimum") is { } minimum)
        {
            yield return new("below-minimum", (minimum - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (SchemaSamples.NumberKeyword(schema, "maximum") is { } maximum)
        {
            yield return new("above-maximum", (maximum + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<Hostile> ArrayCases(JsonArray? array, JsonElement schema)
    {
        var item = array is { Count: > 0 } ? array[0]?.ToJsonString(Writer) ?? "null" : "1";
        yield return new("empty-array", "[]");
        yield return new("array-of-null", "[null]");
        yield return new("nested-junk", "[[[[[]]]], {\"a\": [1, \"b\", null]}, \"x\", 1.5]");
        yield return new("duplicate-items", $"[{item}, {item}]");
        var over = SchemaSamples.IntKeyword(schema, "maxItems") is { } max ? max + 1 : 1001;
        yield return new($"{over}-items", "[" + string.Join(',', Enumerable.Repeat(item, over)) + "]");
    }

    private static IEnumerable<(string Label, string Raw)> WrongTypes(string? type)
    {
        if (type != "string")
        {
            yield return ("string", "\"text\"");
        }

        if (type is not ("integer" or "number"))
        {
            yield return ("number", "42");
        }

        if (type != "boolean")
        {
            yield return ("boolean", "true");
        }

        if (type != "object")
        {
            yield return ("object", "{\"unexpected\": 1}");
        }

        if (type != "array")
        {
            yield return ("array", "[1]");
        }
    }

    private static Hostile[] ExtraProperties() =>
    [
        new("extra-unknown-property", "\"unexpectedField\": \"surprise\""),
        new("extra-proto-property", "\"__proto__\": {\"isAdmin\": true}"),
        new("extra-type-property", "\"$type\": \"evil\""),
        new("extra-id-property", "\"id\": \"injected-id\""),
        new("extra-case-variant", "\"BuyerReference\": \"case\", \"STATUS\": \"shipped\""),
        new("extra-many-properties", string.Join(',', Enumerable.Range(0, 2000).Select(i => $"\"p{i}\": {i}"))),
    ];

    private static string? KindOf(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => null,
    };

    private byte[] Serialize(Func<JsonNode, JsonNode?> change, string? marker = null, string? raw = null)
    {
        var text = change(baseline.DeepClone())?.ToJsonString(Writer) ?? "null";
        return Encoding.UTF8.GetBytes(marker is null ? text : text.Replace(marker, raw, StringComparison.Ordinal));
    }

    private static JsonNode? Set(JsonNode root, IReadOnlyList<object> path, JsonNode? value)
    {
        var parent = ParentOf(root, path);
        if (path[^1] is string name)
        {
            parent.AsObject()[name] = value;
        }
        else
        {
            parent.AsArray()[(int)path[^1]] = value;
        }

        return root;
    }

    private static JsonNode Remove(JsonNode root, IReadOnlyList<object> path)
    {
        ParentOf(root, path).AsObject().Remove((string)path[^1]);
        return root;
    }

    private static JsonNode ParentOf(JsonNode root, IReadOnlyList<object> path) => NodeAt(root, path.SkipLast(1));

    private static JsonNode NodeAt(JsonNode root, IEnumerable<object> path) =>
        path.Aggregate(root, (node, step) => step is string name ? node[name]! : node[(int)step]!);

    private static string PathText(IReadOnlyList<object> path) =>
        "$" + string.Concat(path.Select(step => step is int index ? $"[{index}]" : $".{step}"));
}
