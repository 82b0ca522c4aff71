using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>A parameter as the document declares it: in path, query or header, with its (resolved) schema.</summary>
public sealed record FuzzParameter(string Name, string In, bool Required, JsonElement Schema, string Description)
{
    /// <summary>A cursor continues an earlier page: named cursor, or described as taking a nextCursor (the change feed's since).</summary>
    public bool IsCursor => In == "query" && (Name == "cursor" || Description.Contains("nextCursor", StringComparison.Ordinal));

    public string? SchemaType => Schema.TryGetProperty("type", out var type) ? type.GetString() : null;
}

/// <summary>One media type an operation's request body may have, with its schema and example.</summary>
public sealed record FuzzBodyMedia(string MediaType, JsonElement Schema, JsonElement? Example);

/// <summary>An operation of the document, with everything the generator needs to build requests for it.</summary>
public sealed record FuzzOperation(
    string Name,
    string Method,
    string PathTemplate,
    IReadOnlyList<FuzzParameter> Parameters,
    IReadOnlyList<FuzzBodyMedia> BodyMedia,
    IReadOnlyList<string> SecuritySchemes)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public IEnumerable<FuzzParameter> In(string location) => Parameters.Where(p => p.In == location);

    public FuzzBodyMedia? JsonBody => BodyMedia.FirstOrDefault(m => m.MediaType.Contains("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every operation of <paramref name="document"/>, in document order.</summary>
    public static IReadOnlyList<FuzzOperation> ReadAll(ApiDocument document)
    {
        var root = document.Root;
        var defaultSecurity = root.TryGetProperty("security", out var s) ? SchemesOf(s) : [];
        var operations = new List<FuzzOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            foreach (var method in Methods.Where(m => path.Value.TryGetProperty(m, out _)))
            {
                var operation = document.Schemas.Resolve(path.Value.GetProperty(method));
                var own = operation.TryGetProperty("parameters", out var o) ? o.EnumerateArray().ToList() : [];
                operations.Add(new FuzzOperation(
                    operation.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{method.ToUpperInvariant()} {path.Name}",
                    method.ToUpperInvariant(),
                    path.Name,
                    ReadParameters(document, shared, own),
                    ReadBodyMedia(document, operation),
                    operation.TryGetProperty("security", out var security) ? SchemesOf(security) : defaultSecurity));
            }
        }

        return operations;
    }

    // An operation's own parameter overrides the path's of the same name and location.
    private static List<FuzzParameter> ReadParameters(ApiDocument document, List<JsonElement> shared, List<JsonElement> own)
    {
        var all = shared.Concat(own).Select(document.Schemas.Resolve).Select(p => new FuzzParameter(
            p.GetProperty("name").GetString()!,
            p.GetProperty("in").GetString()!,
            p.TryGetProperty("required", out var required) && required.GetBoolean(),
            p.TryGetProperty("schema", out var schema) ? document.Schemas.Resolve(schema) : default,
            p.TryGetProperty("description", out var description) ? description.GetString() ?? "" : ""));
        return all.GroupBy(p => (p.Name, p.In)).Select(g => g.Last()).ToList();
    }

    private static List<FuzzBodyMedia> ReadBodyMedia(ApiDocument document, JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body))
        {
            return [];
        }

        return document.Schemas.Resolve(body).GetProperty("content").EnumerateObject().Select(media => new FuzzBodyMedia(
            media.Name,
            media.Value.TryGetProperty("schema", out var schema) ? schema : default,
            ExampleOf(document, media.Value))).ToList();
    }

    /// <summary>The media type's example, or the value of the first of its named examples.</summary>
    private static JsonElement? ExampleOf(ApiDocument document, JsonElement media) =>
        media.TryGetProperty("example", out var example) ? example
        : media.TryGetProperty("examples", out var examples) && examples.EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Object } first
          && document.Schemas.Resolve(first.Value).TryGetProperty("value", out var value) ? value
        : null;

    // Any one requirement object satisfies the operation; the generator only needs the names.
    private static List<string> SchemesOf(JsonElement security) =>
        security.EnumerateArray().SelectMany(requirement => requirement.EnumerateObject().Select(scheme => scheme.Name)).Distinct().ToList();
}
