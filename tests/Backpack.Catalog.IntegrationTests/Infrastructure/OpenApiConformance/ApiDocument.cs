using System.Text.Json;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

/// <summary>An operation the document declares: <c>GET /v1/products/{id}</c> and its responses.</summary>
public sealed record DocumentedOperation(string Method, string PathTemplate, string? OperationId, JsonElement Responses)
{
    /// <summary>The operationId, or the method and template when it has none.</summary>
    public string Name => OperationId ?? $"{Method} {PathTemplate}";
}

/// <summary>
/// Which operation a request is for. <see cref="PathTemplate"/> is null when no documented path matches (not checked);
/// <see cref="Operation"/> is null when the path is documented but the method is not (the server must answer 405).
/// </summary>
public sealed record OperationMatch(string? PathTemplate, DocumentedOperation? Operation);

/// <summary>An OpenAPI 3.0 document, read as JSON: its operations, matched as ASP.NET Core routing matches requests.</summary>
public sealed partial class ApiDocument
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private readonly List<DocumentedPath> _paths;

    public ApiDocument(JsonElement root)
    {
        Root = root;
        Schemas = new SchemaValidator(root);
        _paths = root.GetProperty("paths").EnumerateObject().Select(path => new DocumentedPath(path.Name,
            Methods.Where(m => path.Value.TryGetProperty(m, out _))
                .Select(m => Operation(m, path.Name, Schemas.Resolve(path.Value.GetProperty(m))))
                .ToList())).ToList();
    }

    public static ApiDocument Parse(string json) => new(JsonDocument.Parse(json).RootElement);

    public JsonElement Root { get; }

    public SchemaValidator Schemas { get; }

    public IEnumerable<DocumentedOperation> Operations => _paths.SelectMany(p => p.Operations);

    /// <summary>
    /// The operation <paramref name="method"/> <paramref name="path"/> reaches. Of the templates that match the path and
    /// document the method, the one with a literal segment where the others have a parameter wins (left to right), as in
    /// routing: POST /v1/orders/validate is ValidateOrder, GET /v1/orders/validate is GetOrder. The query is ignored.
    /// </summary>
    public OperationMatch Match(string method, string path)
    {
        // Decoded as the server decodes a path before routing; an encoded '/' stays inside its segment.
        var segments = path.Split('?')[0].Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var matching = _paths.Where(p => p.Matches(segments)).ToList();
        if (matching.Count == 0)
        {
            return new OperationMatch(null, null);
        }

        var best = matching
            .Where(p => p.For(method) is not null)
            .OrderBy(p => p.Specificity, StringComparer.Ordinal)
            .FirstOrDefault();
        return best is null
            ? new OperationMatch(matching.OrderBy(p => p.Specificity, StringComparer.Ordinal).First().Template, null)
            : new OperationMatch(best.Template, best.For(method));
    }

    private static DocumentedOperation Operation(string method, string template, JsonElement operation) => new(
        method.ToUpperInvariant(),
        template,
        operation.TryGetProperty("operationId", out var id) ? id.GetString() : null,
        operation.GetProperty("responses"));

    private sealed partial class DocumentedPath
    {
        private readonly Regex[] _segments;

        public DocumentedPath(string template, List<DocumentedOperation> operations)
        {
            Template = template;
            Operations = operations;
            var parts = template.Trim('/').Split('/');
            _segments = parts.Select(part => new Regex(
                "^" + Parameter().Replace(Regex.Escape(part).Replace(@"\{", "{", StringComparison.Ordinal), ".+") + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)).ToArray();
            // '0' for a literal segment, '1' for one with a parameter: the smallest string is the most literal template.
            Specificity = string.Concat(parts.Select(p => p.Contains('{', StringComparison.Ordinal) ? '1' : '0'));
        }

        public string Template { get; }

        public List<DocumentedOperation> Operations { get; }

        public string Specificity { get; }

        public DocumentedOperation? For(string method) => Operations.FirstOrDefault(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase));

        public bool Matches(string[] segments) =>
            segments.Length == _segments.Length && segments.Zip(_segments).All(pair => pair.Second.IsMatch(pair.First));

        [GeneratedRegex(@"\{[^}]+}")]
        private static partial Regex Parameter();
    }
}
