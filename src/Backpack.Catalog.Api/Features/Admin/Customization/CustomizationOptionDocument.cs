using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Customization;

/// <summary>
/// A customisation option: a method, where it may go and its limits, a per-unit surcharge ladder and a one-time setup fee
/// in USD, its MOQ per design, the days it adds, the artwork it takes, and the families and SKUs it applies to. The admin API
/// and the demo seed take the same document.
/// </summary>
public sealed record CustomizationOptionDocument
{
    /// <summary>An option the demo data does not have, so the example can be created as it stands.</summary>
    public static CustomizationOptionDocument Example => new()
    {
        Id = "tactical-pvc-patch", Method = CustomizationVocabulary.HeatTransfer, Name = "Heat-transfer logo on a tactical front panel",
        Placements = ["front-panel", "flap"], MaxColours = 4, MaxWidthMm = 100, MaxHeightMm = 80,
        Surcharges = [new() { MinQuantity = 300, UnitSurchargeUsd = 0.55m }, new() { MinQuantity = 1000, UnitSurchargeUsd = 0.40m }],
        SetupFeeUsd = 45.00m, SetupFeePer = CustomizationVocabulary.PerDesign, MoqPerDesign = 300, ExtraLeadDays = 10,
        ArtworkFormats = ["ai", "pdf", "svg"], Families = [], Skus = ["TC-SENT12-BLK", "TC-PATROL10-BLK"],
        NameTranslations = new() { De = "Transferdruck-Logo auf der Front eines taktischen Rucksacks", Ar = "شعار بالطباعة الحرارية على الواجهة الأمامية لحقيبة تكتيكية" },
    };

    /// <summary>The option's id: required on create; on PUT it may be left out, and if given must be the id in the path.</summary>
    /// <example>logo-embroidery-5k</example>
    [RegularExpression(CustomizationOptionRules.IdPattern)]
    [MaxLength(CustomizationOptionRules.MaxIdLength)]
    public string? Id { get; init; }

    /// <summary>How the customisation is made.</summary>
    /// <example>embroidery</example>
    [Required]
    [OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Methods))]
    public string? Method { get; init; }

    /// <summary>What buyers see it called (1 to 100 characters).</summary>
    /// <example>Logo embroidery up to 5,000 stitches</example>
    [Required]
    [MaxLength(CustomizationOptionRules.MaxNameLength)]
    public string? Name { get; init; }

    /// <summary>The name in de, fr, pt-BR and ar (each 1 to 100 characters); a language left out shows the English name.</summary>
    public Backpack.Catalog.Api.Features.Catalogue.Localization.TranslatedText? NameTranslations { get; init; }

    /// <summary>Where on the bag it may go: each a placement the method can reach (embroidery cannot go in the lining).</summary>
    [Required]
    [MinLength(1)]
    [MaxItemsOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Placements))]
    [OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Placements))]
    public IReadOnlyList<string>? Placements { get; init; }

    /// <summary>Most colours a design may have; required for screen print, whose setup is per colour.</summary>
    /// <example>6</example>
    [Range(1, CustomizationOptionRules.MaxColours)]
    public int? MaxColours { get; init; }

    /// <summary>Embroidery only, and required there: the top of the stitch-count band this option is priced for.</summary>
    /// <example>5000</example>
    [Range(CustomizationOptionRules.MinStitchCount, CustomizationOptionRules.MaxStitchCount)]
    public int? MaxStitchCount { get; init; }

    /// <summary>Widest design, in millimetres.</summary>
    /// <example>90</example>
    [Range(1, CustomizationOptionRules.MaxSizeMm)]
    public int? MaxWidthMm { get; init; }

    /// <summary>Tallest design, in millimetres.</summary>
    /// <example>60</example>
    [Range(1, CustomizationOptionRules.MaxSizeMm)]
    public int? MaxHeightMm { get; init; }

    /// <summary>The surcharge per unit by the line's quantity: 1 to 10 rungs, ascending, surcharges never rising.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(CustomizationOptionRules.MaxRungs)]
    public IReadOnlyList<SurchargeRungDocument>? Surcharges { get; init; }

    /// <summary>The one-time setup or tooling fee (digitising, a screen, a debossing plate), in USD.</summary>
    /// <example>35.00</example>
    [Required]
    [Range(0, (double)CustomizationOptionRules.MaxSetupFeeUsd)]
    [MultipleOf(0.01)]
    public decimal? SetupFeeUsd { get; init; }

    /// <summary>design (the default): the fee once per design; colour: once per colour of each design (one screen per colour).</summary>
    /// <example>design</example>
    [OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.SetupFeeBases))]
    public string? SetupFeePer { get; init; }

    /// <summary>Fewest units that may carry one design, summed over every line of the order that carries it.</summary>
    /// <example>300</example>
    [Required]
    [Range(1, CatalogueRules.MaxQuantity)]
    public int? MoqPerDesign { get; init; }

    /// <summary>Days it adds to the ship date of a line that carries it (proofing, the work itself).</summary>
    /// <example>14</example>
    [Required]
    [Range(0, CustomizationOptionRules.MaxExtraLeadDays)]
    public int? ExtraLeadDays { get; init; }

    /// <summary>The artwork files it takes.</summary>
    [Required]
    [MinLength(1)]
    [MaxItemsOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.ArtworkFormats))]
    [OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.ArtworkFormats))]
    public IReadOnlyList<string>? ArtworkFormats { get; init; }

    /// <summary>Families whose every SKU may carry it. With skus, at least one of the two names something.</summary>
    [MaxItemsOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))]
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))]
    public IReadOnlyList<string>? Families { get; init; }

    /// <summary>Further SKUs that may carry it, each in the catalogue (at most 200).</summary>
    [MaxLength(CustomizationOptionRules.MaxSkus)]
    [Identifier(Ids.Sku)]
    public IReadOnlyList<string>? Skus { get; init; }
}

/// <summary>From minQuantity units of a line, each unit costs unitSurchargeUsd more.</summary>
public static class CustomizationOptionDocuments
{
    /// <summary>An option as a document again: what export writes and import reads back to the same option.</summary>
    public static CustomizationOptionDocument From(CustomizationOption o) => new()
    {
        Id = o.Id, Method = o.Method, Name = o.Name, Placements = o.Placements, MaxColours = o.MaxColours, MaxStitchCount = o.MaxStitchCount,
        MaxWidthMm = o.MaxWidthMm, MaxHeightMm = o.MaxHeightMm,
        Surcharges = o.Surcharges.Select(s => new SurchargeRungDocument { MinQuantity = s.MinQuantity, UnitSurchargeUsd = s.UnitSurchargeCents / 100m }).ToList(),
        SetupFeeUsd = o.SetupFeeCents / 100m, SetupFeePer = o.SetupFeePer, MoqPerDesign = o.MoqPerDesign, ExtraLeadDays = o.ExtraLeadDays,
        ArtworkFormats = o.ArtworkFormats, Families = o.Families, Skus = o.Skus, NameTranslations = o.NameTranslations,
    };
}

public sealed record SurchargeRungDocument
{
    /// <example>300</example>
    [Required]
    [Range(1, CatalogueRules.MaxQuantity)]
    public int? MinQuantity { get; init; }

    /// <example>0.85</example>
    [Required]
    [Range(0, (double)CustomizationOptionRules.MaxSurchargeUsd)]
    [MultipleOf(0.01)]
    public decimal? UnitSurchargeUsd { get; init; }
}

/// <summary>The shape of <c>db/seed/customization-options.json</c>.</summary>
public sealed record CustomizationSeed(string Note, IReadOnlyList<CustomizationOptionDocument> Options);
