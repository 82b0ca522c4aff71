using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Customization;

/// <summary>A customisation option as stored: the members of its document, with defaults filled in, and its version.</summary>
/// <param name="Version">Bumped by every change; the ETag is this number in quotes.</param>
public sealed record CustomizationOptionResponse(
    [property: RegularExpression(CustomizationOptionRules.IdPattern), MaxLength(CustomizationOptionRules.MaxIdLength)] string Id,
    [property: OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Methods))] string Method,
    [property: MaxLength(CustomizationOptionRules.MaxNameLength)] string Name,
    [property: OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Placements))] IReadOnlyList<string> Placements,
    [property: Range(1, CustomizationOptionRules.MaxColours)] int? MaxColours,
    [property: Range(CustomizationOptionRules.MinStitchCount, CustomizationOptionRules.MaxStitchCount)] int? MaxStitchCount,
    [property: Range(1, CustomizationOptionRules.MaxSizeMm)] int? MaxWidthMm,
    [property: Range(1, CustomizationOptionRules.MaxSizeMm)] int? MaxHeightMm,
    [property: MaxLength(CustomizationOptionRules.MaxRungs)] IReadOnlyList<SurchargeRungResponse> Surcharges,
    [property: Range(0, (double)CustomizationOptionRules.MaxSetupFeeUsd)] decimal SetupFeeUsd,
    [property: OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.SetupFeeBases))] string SetupFeePer,
    [property: Range(1, CatalogueRules.MaxQuantity)] int MoqPerDesign,
    [property: Range(0, CustomizationOptionRules.MaxExtraLeadDays)] int ExtraLeadDays,
    [property: OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.ArtworkFormats))] IReadOnlyList<string> ArtworkFormats,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))] IReadOnlyList<string> Families,
    [property: MaxLength(CustomizationOptionRules.MaxSkus), Identifier(Ids.Sku)] IReadOnlyList<string> Skus,
    [property: Range(1, int.MaxValue)] int Version)
{
    public static CustomizationOptionResponse Example =>
        From(CustomizationOptionRules.ToOption(CustomizationOptionDocument.Example.Id!, CustomizationOptionDocument.Example, 1));

    /// <summary>The name in de, fr, pt-BR and ar; null when it has no translation.</summary>
    public Backpack.Catalog.Api.Features.Catalogue.Localization.TranslatedText? NameTranslations { get; init; }

    [JsonIgnore]
    public string ETag => CataloguePreconditions.ETagOf(Version);

    public static CustomizationOptionResponse From(CustomizationOption o) => new(
        o.Id, o.Method, o.Name, o.Placements, o.MaxColours, o.MaxStitchCount, o.MaxWidthMm, o.MaxHeightMm,
        o.Surcharges.Select(SurchargeRungResponse.From).ToList(), o.SetupFeeCents * 0.01m, o.SetupFeePer, o.MoqPerDesign, o.ExtraLeadDays,
        o.ArtworkFormats, o.Families, o.Skus, o.Version)
    {
        NameTranslations = o.NameTranslations,
    };
}
