using System.Text.Json;

namespace Backpack.Catalog.Api.Features.Catalogue.Localization;

/// <summary>
/// What storefronts show for a closed vocabulary's key: a feature's or certification's label, or a family's name and description, in
/// English and the languages it is translated into. One versioned record per key, edited at /v1/admin/labels/{kind}/{key}.
/// </summary>
public sealed record CatalogueLabel(string Kind, string Key, LocalizedText Label, LocalizedText? Description, int Version);

public static class CatalogueLabels
{
    public const string Feature = "feature";
    public const string Certification = "certification";
    public const string Category = "category";

    public static readonly IReadOnlyList<string> Kinds = [Feature, Certification, Category];

    public const string Columns = "l.kind, l.label_key, l.label_json, l.description_json, l.version";

    /// <summary>The labels of a product's features, and of every standard a certificate of it, its SKUs or its factory is for.</summary>
    public const string SelectOfProduct = "SELECT " + Columns + """
         FROM catalogue_labels l
        WHERE (l.kind = 'feature' AND l.label_key IN (SELECT f.feature FROM product_features f WHERE f.product_id = @Id))
           OR (l.kind = 'certification' AND l.label_key IN (SELECT c.standard FROM certificates c
             WHERE c.product_id = @Id
                OR c.sku IN (SELECT v.sku FROM variants v WHERE v.product_id = @Id)
                OR c.factory_country = (SELECT p.origin_country FROM products p WHERE p.product_id = @Id)));

        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The keys a kind has: the vocabulary the catalogue is held to.</summary>
    public static IReadOnlySet<string>? KeysOf(string kind) => kind switch
    {
        Feature => CatalogueVocabulary.Features,
        Certification => CatalogueVocabulary.Certifications,
        Category => CatalogueVocabulary.Categories,
        _ => null,
    };

    /// <summary>Whether <paramref name="key"/> is a key of <paramref name="kind"/>'s vocabulary, so that it can have a label.</summary>
    public static bool Knows(string kind, string key) => KeysOf(kind)?.Contains(key) == true;

    /// <summary>Each key's label in <paramref name="language"/>, else its English one, else the key itself.</summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<CatalogueLabel> labels, string kind, IEnumerable<string> keys, string language)
    {
        var byKey = labels.Where(l => l.Kind == kind).ToDictionary(l => l.Key, StringComparer.Ordinal);
        return new SortedDictionary<string, string>(
            keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, k => byKey.GetValueOrDefault(k)?.Label.In(language) ?? k, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public static string ToJson(LocalizedText text) => JsonSerializer.Serialize(text, Json);

    public static LocalizedText? FromJson(string? json) => json is null ? null : Infrastructure.Data.ParsedJson.Of<LocalizedText>(json);
}

public sealed class LabelRow
{
    public string Kind { get; init; } = "";
    public string LabelKey { get; init; } = "";
    public string LabelJson { get; init; } = "{}";
    public string? DescriptionJson { get; init; }
    public int Version { get; init; }

    public CatalogueLabel ToLabel() =>
        new(Kind, LabelKey, CatalogueLabels.FromJson(LabelJson)!, CatalogueLabels.FromJson(DescriptionJson), Version);
}
