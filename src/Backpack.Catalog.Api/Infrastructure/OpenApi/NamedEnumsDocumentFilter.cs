using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Every closed vocabulary becomes one named component that each member and parameter using it references. Written
/// inline, the same vocabulary on six members made six enums in a generated client, and parameters made colliding ones
/// (Status, Status2, Sort, Format…). A vocabulary is named after the member most of its uses share (category, material,
/// currency); a generic member name (status, state, role, sort) is prefixed with the schema or operation that owns it
/// (OrderStatus, ProductStatus, ListProductsSort).
/// </summary>
public sealed class NamedEnumsDocumentFilter : IDocumentFilter
{
    private static readonly HashSet<string> GenericNames = new(StringComparer.Ordinal)
    {
        "Status", "State", "Action", "Format", "Sort", "Role", "Code", "Change", "ResourceType", "EventType", "Key", "Mode", "Type", "From", "To", "Rule",
    };

    private static readonly string[] OwnerSuffixes = ["Response", "Request", "Document", "Summary"];

    /// <summary>Names generated clients already have: a vocabulary published under one keeps it when members added later would outvote it
    /// (the certificates' standard, the shipments' container type), and Language for the languages a catalogue read answers in, which
    /// its lang parameters would otherwise name Lang.</summary>
    private static readonly HashSet<string> Published = new(StringComparer.Ordinal) { "Certification", "ContainerCountType", "Language" };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var sites = Sites(swaggerDoc).ToList();
        var components = swaggerDoc.Components!.Schemas!;
        var taken = new HashSet<string>(components.Keys, StringComparer.Ordinal);
        foreach (var vocabulary in sites.GroupBy(s => string.Join('\n', s.Values.Order(StringComparer.Ordinal)), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = NameOf(vocabulary.ToList(), taken);
            taken.Add(name);
            components[name] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. vocabulary.First().Values.Select(v => (JsonNode)JsonValue.Create(v))],
            };
            foreach (var site in vocabulary)
            {
                var reference = new OpenApiSchemaReference(name, swaggerDoc);
                site.Replace(site.Nullable ? NullableReferencesDocumentFilter.OrNull(reference, swaggerDoc, site.Description) : reference);
            }
        }
    }

    private static string NameOf(List<EnumSite> uses, HashSet<string> taken)
    {
        if (uses.SelectMany(u => new[] { u.Candidate, Prefixed(u.OwnerStem, u.Candidate) }).FirstOrDefault(n => Published.Contains(n) && !taken.Contains(n)) is { } kept)
        {
            return kept;
        }

        var candidates = uses
            .GroupBy(u => u.Candidate, StringComparer.Ordinal)
            .OrderBy(g => GenericNames.Contains(g.Key))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key);
        var candidate = candidates.First();
        var owners = uses.Where(u => u.Candidate == candidate).OrderBy(u => u.InComponent ? 0 : 1).ThenBy(u => u.OwnerStem.Length)
            .ThenBy(u => u.OwnerStem, StringComparer.Ordinal).ToList();
        string[] names = GenericNames.Contains(candidate)
            ? [.. owners.Select(o => Prefixed(o.OwnerStem, candidate))]
            : [candidate, .. owners.Select(o => Prefixed(o.OwnerStem, candidate))];
        return names.FirstOrDefault(n => !taken.Contains(n))
            ?? throw new InvalidOperationException($"No free component name for the vocabulary of {candidate}.");
    }

    private static string Prefixed(string stem, string candidate) => stem.EndsWith(candidate, StringComparison.Ordinal) ? stem : stem + candidate;

    private static IEnumerable<EnumSite> Sites(OpenApiDocument document)
    {
        foreach (var (schemaName, schema) in document.Components?.Schemas?.ToList() ?? [])
        {
            if (schema is not OpenApiSchema { Properties: { } properties })
            {
                continue;
            }

            foreach (var (member, value) in properties.ToList())
            {
                if (Site(value, member, schemaName, inComponent: true, replace => properties[member] = replace) is { } site)
                {
                    yield return site;
                }
            }
        }

        foreach (var (path, item) in document.Paths)
        {
            foreach (var (_, operation) in item.Operations ?? [])
            {
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    if (Site(parameter.Schema, parameter.Name!, operation.OperationId ?? path, inComponent: false, replace => parameter.Schema = replace) is { } site)
                    {
                        yield return site;
                    }
                }
            }
        }
    }

    private static EnumSite? Site(IOpenApiSchema? schema, string member, string owner, bool inComponent, Action<IOpenApiSchema> replace)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return null;
        }

        if (concrete.Type?.HasFlag(JsonSchemaType.Array) == true && concrete.Items is OpenApiSchema items)
        {
            return Site(items, Singular(member), owner, inComponent, replaced => concrete.Items = replaced);
        }

        if (concrete.Enum is not { Count: > 0 } values || concrete.Type?.HasFlag(JsonSchemaType.String) != true)
        {
            return null;
        }

        var strings = values.Where(v => v is not null).Select(v => v!.GetValue<string>()).ToList();
        var nullable = concrete.Type.Value.HasFlag(JsonSchemaType.Null) || values.Any(v => v is null);
        return new EnumSite(strings, Pascal(member), Stem(owner), inComponent, nullable, concrete.Description, replace);
    }

    private static string Singular(string name) => name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y"
        : name.EndsWith('s') ? name[..^1] : name;

    private static string Pascal(string name) =>
        string.Concat(name.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private static string Stem(string owner)
    {
        var stem = Pascal(owner);
        foreach (var suffix in OwnerSuffixes)
        {
            if (stem.Length > suffix.Length && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
            }
        }

        return stem;
    }

    private sealed record EnumSite(
        IReadOnlyList<string> Values, string Candidate, string OwnerStem, bool InComponent, bool Nullable, string? Description,
        Action<IOpenApiSchema> Replace);
}
