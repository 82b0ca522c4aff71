using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Customization;

/// <summary>A customisation a product's SKUs may carry on a quote or order line: name it by id in lines[].customizations.</summary>
/// <param name="Placements">Where it may go: a line's customization names one of these.</param>
/// <param name="MaxColours">Most colours a design may have; null when the method sets no limit.</param>
/// <param name="MaxStitchCount">Embroidery: the top of the stitch-count band it is priced for.</param>
/// <param name="Surcharges">The surcharge per unit by the line's quantity (below the first rung, the first rung's).</param>
/// <param name="SetupFeeUsd">One-time setup or tooling fee, charged once per design (or per colour of a design, as setupFeePer says).</param>
/// <param name="MoqPerDesign">Fewest units that may carry one design, summed over every line of the order that carries it.</param>
/// <param name="ExtraLeadDays">Days added to the ship date of a line that carries it.</param>
/// <param name="ArtworkFormats">The artwork files it takes.</param>
/// <param name="Skus">This product's SKUs that may carry it.</param>
public sealed record OfferedCustomizationResponse(
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
    [property: MaxLength(CatalogueRules.MaxVariantsPerProduct), Identifier(Ids.Sku)] IReadOnlyList<string> Skus)
{
    public static OfferedCustomizationResponse Example => new(
        "logo-embroidery-5k", CustomizationVocabulary.Embroidery, "Logo embroidery up to 5,000 stitches", ["front-panel", "front-pocket", "flap"],
        6, 5000, 90, 60, [new(300, 0.95m), new(500, 0.80m), new(1000, 0.65m)], 35.00m, CustomizationVocabulary.PerDesign, 300, 14,
        ["ai", "eps", "pdf", "png", "svg"], ["CL-METRO9-BLK", "CL-METRO9-NVY"]);

    /// <summary>The options that apply to a product: to its family, or to one of <paramref name="skus"/> (its active SKUs).</summary>
    public static List<OfferedCustomizationResponse> For(
        IEnumerable<CustomizationOption> options, string family, IReadOnlyList<string> skus, string language = Catalogue.Localization.Languages.English) =>
        options.Select(o => (Option: o, Skus: skus.Where(s => o.AppliesTo(family, s)).ToList()))
            .Where(o => o.Skus.Count > 0)
            .Select(o => From(o.Option, o.Skus, language))
            .ToList();

    private static OfferedCustomizationResponse From(CustomizationOption o, IReadOnlyList<string> skus, string language) => new(
        o.Id, o.Method, o.NameIn(language), o.Placements, o.MaxColours, o.MaxStitchCount, o.MaxWidthMm, o.MaxHeightMm,
        o.Surcharges.Select(SurchargeRungResponse.From).ToList(), o.SetupFeeCents * 0.01m, o.SetupFeePer, o.MoqPerDesign, o.ExtraLeadDays,
        o.ArtworkFormats, skus);
}

/// <summary>From minQuantity units of a line, each unit costs unitSurchargeUsd more.</summary>
public sealed record SurchargeRungResponse(
    [property: Range(1, CatalogueRules.MaxQuantity)] int MinQuantity,
    [property: Range(0, (double)CustomizationOptionRules.MaxSurchargeUsd)] decimal UnitSurchargeUsd)
{
    public static SurchargeRungResponse From(SurchargeBreak rung) => new(rung.MinQuantity, rung.UnitSurchargeCents * 0.01m);
}
