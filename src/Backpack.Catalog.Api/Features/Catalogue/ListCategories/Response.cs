using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Catalogue.ListCategories;

public sealed record ListCategoriesResponse(
    [property: MaxItemsOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))] IReadOnlyList<CategoryResponse> Items)
{
    /// <summary>The language names and descriptions are in (Content-Language too).</summary>
    [OneOf(typeof(Localization.Languages), nameof(Localization.Languages.All))]
    public string Language { get; init; } = Localization.Languages.English;

    public static ListCategoriesResponse Example => new(
    [
        new("classic", "Classic", "The iconic compact minis in polyester and nylon, for everyday carry.", 4, 12),
        new("kids", "Kids", "Light, soft minis for schools and toy retail, tested to EN71 and CPSIA.", 3, 9),
    ]);
}

/// <param name="Key">Family key, usable as the <c>category</c> filter of GET /v1/products.</param>
/// <param name="ProductCount">Published products in the family.</param>
/// <param name="VariantCount">SKUs across those products.</param>
public sealed record CategoryResponse(
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))] string Key,
    [property: MaxLength(CatalogueRules.MaxNameLength)] string Name,
    [property: MaxLength(CatalogueRules.MaxDescriptionLength)] string Description,
    [property: Range(0, int.MaxValue)] int ProductCount,
    [property: Range(0, int.MaxValue)] int VariantCount);
