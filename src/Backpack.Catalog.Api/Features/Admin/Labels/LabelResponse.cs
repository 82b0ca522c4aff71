using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Labels;

/// <summary>What storefronts show for one vocabulary key, in every language it is written in.</summary>
/// <param name="Kind">feature, certification or category (a product family).</param>
/// <param name="Key">The key as products and filters use it, e.g. laptop-sleeve, REACH, kids.</param>
/// <param name="Label">The label (a family's name) per language; English is the fallback.</param>
/// <param name="Description">A family's description per language; null for features and certifications.</param>
/// <param name="Version">Bumped by every change; the ETag is this number in quotes.</param>
public sealed record LabelResponse(
    [property: OneOf(typeof(CatalogueLabels), nameof(CatalogueLabels.Kinds))] string Kind,
    [property: MinLength(2), MaxLength(LabelRules.MaxKeyLength), RegularExpression(LabelRules.KeyPattern)] string Key,
    LocalizedText Label,
    LocalizedText? Description,
    [property: Range(1, int.MaxValue)] int Version)
{
    public static LabelResponse Example => new(CatalogueLabels.Feature, "laptop-sleeve",
        new LocalizedText("Laptop sleeve", "Laptopfach", "Compartiment pour ordinateur portable", "Compartimento para notebook", "جيب للحاسوب المحمول"),
        null, 1);

    public static LabelResponse From(CatalogueLabel label) => new(label.Kind, label.Key, label.Label, label.Description, label.Version);

    [JsonIgnore]
    public string ETag => CataloguePreconditions.ETagOf(Version);
}

/// <summary>Every label, by kind and key.</summary>
public sealed record ListLabelsResponse([property: MaxLength(LabelRules.MaxLabels)] IReadOnlyList<LabelResponse> Items)
{
    public static ListLabelsResponse Example => new([LabelResponse.Example]);
}
