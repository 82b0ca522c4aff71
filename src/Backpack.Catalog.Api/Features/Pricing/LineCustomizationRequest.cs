using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Pricing;

/// <summary>A customisation on every unit of a line: an option the SKU offers, where it goes, and which of your designs.</summary>
public sealed record LineCustomizationRequest
{
    public const int MaxPerLine = 5;
    public const string DesignPattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$";
    public const int MaxDesignLength = 40;
    public const int MaxStitchCount = 100_000;

    /// <summary>The option's id, from the product's customizationOptions.</summary>
    /// <example>logo-embroidery-5k</example>
    [Required]
    [RegularExpression(CustomizationOptionRules.IdPattern)]
    [MaxLength(CustomizationOptionRules.MaxIdLength)]
    public string? Option { get; init; }

    /// <summary>Where it goes: one of the option's placements.</summary>
    /// <example>front-panel</example>
    [Required]
    [OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Placements))]
    public string? Placement { get; init; }

    /// <summary>Your reference for the artwork, e.g. NAIROBI-LOGO-1. Lines that name the same option and design share one setup fee, and
    /// their quantities count together towards the option's MOQ per design.</summary>
    /// <example>NAIROBI-LOGO-1</example>
    [Required]
    [RegularExpression(DesignPattern)]
    [MaxLength(MaxDesignLength)]
    public string? Design { get; init; }

    /// <summary>Colours in the design (default 1), within the option's maxColours; a per-colour setup fee counts them.</summary>
    /// <example>2</example>
    [Range(1, CustomizationOptionRules.MaxColours)]
    public int? Colours { get; init; }

    /// <summary>Embroidery: the digitised design's stitch count, within the option's band. Left out, the band is assumed to fit and the proof
    /// confirms it.</summary>
    /// <example>4200</example>
    [Range(1, MaxStitchCount)]
    public int? StitchCount { get; init; }

    public sealed class Validator : AbstractValidator<LineCustomizationRequest>
    {
        public Validator()
        {
            RuleFor(c => c.Option).NotNull().WithMessage("option is required.");
            RuleFor(c => c.Option).Matches(CustomizationOptionRules.IdPattern)
                .WithMessage("option must be an option id such as logo-embroidery-5k (see the product's customizationOptions).");
            RuleFor(c => c.Placement).NotNull().WithMessage("placement is required.");
            RuleFor(c => c.Placement).Must(p => CustomizationVocabulary.Placements.Contains(p!)).When(c => c.Placement is not null)
                .WithMessage($"placement must be one of: {string.Join(", ", CustomizationVocabulary.Placements)}.");
            RuleFor(c => c.Design).NotNull().WithMessage("design is required.");
            RuleFor(c => c.Design).Matches(DesignPattern)
                .WithMessage($"design must be 1 to {MaxDesignLength} letters, digits, dots, hyphens and underscores, starting with a letter or digit.");
            RuleFor(c => c.Colours).InclusiveBetween(1, CustomizationOptionRules.MaxColours)
                .WithMessage($"colours must be 1 to {CustomizationOptionRules.MaxColours}.");
            RuleFor(c => c.StitchCount).InclusiveBetween(1, MaxStitchCount).WithMessage($"stitchCount must be 1 to {MaxStitchCount:N0}.");
        }
    }
}
