using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

/// <summary>One way a JSON value breaks its schema, at a JSON path such as <c>$.items[2].price</c>.</summary>
public sealed record SchemaError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Validates JSON against an OpenAPI 3.0 Schema Object: the JSON Schema subset OpenAPI 3.0 keeps, plus <c>nullable</c>.
/// A schema keyword it does not implement is reported as an error, never ignored, so a richer document cannot pass
/// unchecked. <c>$ref</c>s resolve against <paramref name="document"/>.
/// </summary>
public sealed class SchemaValidator(JsonElement document)
{
    private static readonly HashSet<string> Annotations =
        ["description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "externalDocs", "xml", "discriminator"];

    private static readonly HashSet<string> Assertions =
    [
        "type", "nullable", "enum", "format", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "items", "minItems", "maxItems", "uniqueItems", "properties", "required", "additionalProperties", "minProperties",
        "maxProperties", "allOf", "anyOf", "oneOf", "not",
    ];

    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    public IReadOnlyList<SchemaError> Validate(JsonElement schema, JsonElement instance)
    {
        var errors = new List<SchemaError>();
        Check(schema, instance, "$", errors);
        return errors;
    }

    /// <summary>Follows <c>$ref</c> (a JSON pointer into the document) until it reaches a definition.</summary>
    public JsonElement Resolve(JsonElement node)
    {
        for (var hops = 0; node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference); hops++)
        {
            if (hops > 32)
            {
                throw new InvalidOperationException($"$ref cycle at {reference}");
            }

            node = Pointer(reference.GetString()!);
        }

        return node;
    }

    private JsonElement Pointer(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only $refs inside the document are supported, not {reference}.");
        }

        var node = document;
        foreach (var token in reference[2..].Split('/'))
        {
            var name = Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                throw new InvalidOperationException($"$ref {reference} points at nothing.");
            }
        }

        return node;
    }

    private void Check(JsonElement schema, JsonElement instance, string path, List<SchemaError> errors)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.True:
                return;
            case JsonValueKind.False:
                errors.Add(new(path, "no value is allowed here"));
                return;
            case JsonValueKind.Object:
                break;
            default:
                throw new InvalidOperationException($"A schema must be an object or a boolean, not {schema.ValueKind}.");
        }

        // OpenAPI 3.0: a $ref replaces its schema object; siblings are ignored.
        if (schema.TryGetProperty("$ref", out _))
        {
            Check(Resolve(schema), instance, path, errors);
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Assertions.Contains(keyword.Name) && !Annotations.Contains(keyword.Name) && !keyword.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                errors.Add(new(path, $"the schema uses '{keyword.Name}', which this validator does not implement"));
            }
        }

        if (instance.ValueKind == JsonValueKind.Null)
        {
            if (Flag(schema, "nullable"))
            {
                return;
            }

            // OpenAPI 3.0.3: without nullable, null is outside every type; a schema without a type constrains it only through its other keywords.
            if (schema.TryGetProperty("type", out var declared))
            {
                errors.Add(new(path, $"null, but the schema ({declared}) is not nullable"));
                return;
            }
        }
        else if (schema.TryGetProperty("type", out var type) && !HasType(instance, type.GetString()!))
        {
            errors.Add(new(path, $"expected {type.GetString()}, got {Describe(instance)}"));
            return;
        }

        CheckEnum(schema, instance, path, errors);
        switch (instance.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(schema, instance.GetString()!, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, instance, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(schema, instance, path, errors);
                break;
            case JsonValueKind.Object:
                CheckObject(schema, instance, path, errors);
                break;
        }

        CheckCombinations(schema, instance, path, errors);
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && IsInteger(instance),
        _ => throw new NotSupportedException($"Unknown schema type '{type}'."),
    };

    private static bool IsInteger(JsonElement number) =>
        number.TryGetDecimal(out var value) ? decimal.Truncate(value) == value : double.IsInteger(number.GetDouble());

    private static string Describe(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Number => $"the number {instance.GetRawText()}",
        JsonValueKind.String => $"the string {Excerpt(instance.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => $"an {instance.ValueKind.ToString().ToLowerInvariant()}",
    };

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static void CheckEnum(JsonElement schema, JsonElement instance, string path, List<SchemaError> errors)
    {
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(value => JsonElement.DeepEquals(value, instance)))
        {
            errors.Add(new(path, $"{Excerpt(instance.GetRawText())} is not one of {values.GetRawText()}"));
        }
    }

    private static void CheckString(JsonElement schema, string value, string path, List<SchemaError> errors)
    {
        // JSON Schema counts characters as code points, not UTF-16 units.
        var length = value.EnumerateRunes().Count();
        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            errors.Add(new(path, $"{length} characters, shorter than minLength {min.GetInt32()}"));
        }

        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            errors.Add(new(path, $"{length} characters, longer than maxLength {max.GetInt32()}"));
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value, pattern.GetString()!, RegexOptions.None, PatternTimeout))
        {
            errors.Add(new(path, $"\"{Excerpt(value)}\" does not match the pattern {pattern.GetString()}"));
        }

        if (schema.TryGetProperty("format", out var format) && !StringFormats.Matches(format.GetString()!, value))
        {
            errors.Add(new(path, $"\"{Excerpt(value)}\" is not a valid {format.GetString()}"));
        }
    }

    private static void CheckNumber(JsonElement schema, JsonElement instance, string path, List<SchemaError> errors)
    {
        var raw = instance.GetRawText();
        if (schema.TryGetProperty("minimum", out var minimum))
        {
            var exclusive = Flag(schema, "exclusiveMinimum");
            var order = Compare(instance, minimum);
            if (order < 0 || (exclusive && order == 0))
            {
                errors.Add(new(path, $"{raw} is below the {(exclusive ? "exclusive " : "")}minimum {minimum.GetRawText()}"));
            }
        }

        if (schema.TryGetProperty("maximum", out var maximum))
        {
            var exclusive = Flag(schema, "exclusiveMaximum");
            var order = Compare(instance, maximum);
            if (order > 0 || (exclusive && order == 0))
            {
                errors.Add(new(path, $"{raw} is above the {(exclusive ? "exclusive " : "")}maximum {maximum.GetRawText()}"));
            }
        }

        if (schema.TryGetProperty("multipleOf", out var step) && !(instance.TryGetDecimal(out var value) && step.TryGetDecimal(out var divisor) && value % divisor == 0))
        {
            errors.Add(new(path, $"{raw} is not a multiple of {step.GetRawText()}"));
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if ((format == "int32" && !instance.TryGetInt32(out _)) || (format == "int64" && !instance.TryGetInt64(out _)))
        {
            errors.Add(new(path, $"{raw} is not an {format}"));
        }
    }

    private static int Compare(JsonElement number, JsonElement bound) =>
        number.TryGetDecimal(out var a) && bound.TryGetDecimal(out var b) ? a.CompareTo(b) : number.GetDouble().CompareTo(bound.GetDouble());

    private void CheckArray(JsonElement schema, JsonElement array, string path, List<SchemaError> errors)
    {
        var count = array.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
        {
            errors.Add(new(path, $"{count} items, fewer than minItems {min.GetInt32()}"));
        }

        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
        {
            errors.Add(new(path, $"{count} items, more than maxItems {max.GetInt32()}"));
        }

        var items = array.EnumerateArray().ToList();
        if (Flag(schema, "uniqueItems"))
        {
            for (var i = 1; i < items.Count; i++)
            {
                if (items.Take(i).Any(earlier => JsonElement.DeepEquals(earlier, items[i])))
                {
                    errors.Add(new($"{path}[{i}]", "repeats an earlier item, but uniqueItems is set"));
                }
            }
        }

        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], $"{path}[{i}]", errors);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<SchemaError> errors)
    {
        var count = value.EnumerateObject().Count();
        if (schema.TryGetProperty("minProperties", out var min) && count < min.GetInt32())
        {
            errors.Add(new(path, $"{count} properties, fewer than minProperties {min.GetInt32()}"));
        }

        if (schema.TryGetProperty("maxProperties", out var max) && count > max.GetInt32())
        {
            errors.Add(new(path, $"{count} properties, more than maxProperties {max.GetInt32()}"));
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add(new(path, $"the required property '{name}' is missing"));
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = Child(path, property.Name);
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, propertyPath, errors);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                errors.Add(new(propertyPath, "is not a declared property, and additionalProperties is false"));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, propertyPath, errors);
            }
        }
    }

    private void CheckCombinations(JsonElement schema, JsonElement instance, string path, List<SchemaError> errors)
    {
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, instance, path, errors);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var failures = anyOf.EnumerateArray().Select(branch => Branch(branch, instance, path)).ToList();
            if (failures.All(f => f.Count > 0))
            {
                errors.Add(new(path, $"matches none of the anyOf schemas ({Summarise(failures)})"));
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var failures = oneOf.EnumerateArray().Select(branch => Branch(branch, instance, path)).ToList();
            var matched = failures.Count(f => f.Count == 0);
            if (matched != 1)
            {
                errors.Add(new(path, matched == 0 ? $"matches none of the oneOf schemas ({Summarise(failures)})" : $"matches {matched} of the oneOf schemas, not exactly one"));
            }
        }

        if (schema.TryGetProperty("not", out var not) && Branch(not, instance, path).Count == 0)
        {
            errors.Add(new(path, "matches the schema under 'not'"));
        }
    }

    private List<SchemaError> Branch(JsonElement branch, JsonElement instance, string path)
    {
        var branchErrors = new List<SchemaError>();
        Check(branch, instance, path, branchErrors);
        return branchErrors;
    }

    private static string Summarise(List<List<SchemaError>> failures) =>
        string.Join("; ", failures.Select((f, i) => $"#{i}: {f[0]}"));

    private static bool Flag(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var flag) && flag.ValueKind == JsonValueKind.True;

    private static string Child(string path, string name) =>
        Regex.IsMatch(name, "^[A-Za-z_$][A-Za-z0-9_$]*$") ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
}

/// <summary>The string formats OpenAPI 3.0 documents commonly use; any other format is an annotation only.</summary>
internal static partial class StringFormats
{
    public static bool Matches(string format, string value) => format switch
    {
        "date-time" => DateTime().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "uuid" => Guid.TryParseExact(value, "D", out _),
        // Uri.TryCreate alone takes "/path" for an absolute file URI on Unix; RFC 3986 wants a scheme.
        "uri" => Scheme().IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out _),
        _ => true,
    };

    // RFC 3339 section 5.6 date-time.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTime();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
