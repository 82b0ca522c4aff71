using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Customization;

/// <summary>A customisation of a line, as asked, with its price.</summary>
/// <param name="Method">The option's method; null when no option has that id.</param>
/// <param name="UnitSurcharge">Added to each unit: the option's surcharge at the line's quantity. Null when the option is unknown.</param>
/// <param name="Surcharge">unitSurcharge times the line's quantity.</param>
public sealed record LineCustomizationResponse(
    [property: RegularExpression(CustomizationOptionRules.IdPattern), MaxLength(CustomizationOptionRules.MaxIdLength)] string Option,
    [property: OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Methods))] string? Method,
    [property: OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Placements))] string Placement,
    [property: RegularExpression(LineCustomizationRequest.DesignPattern), MaxLength(LineCustomizationRequest.MaxDesignLength)] string Design,
    [property: Range(1, CustomizationOptionRules.MaxColours)] int Colours,
    [property: Range(1, LineCustomizationRequest.MaxStitchCount)] int? StitchCount,
    Money? UnitSurcharge,
    Money? Surcharge);

/// <summary>The one-time setup or tooling fee for one design of an option, charged once.</summary>
/// <param name="Colours">The most colours any line gives the design: a per-colour fee counts them.</param>
/// <param name="Lines">The lines (1-based) that carry the design.</param>
public sealed record SetupFeeResponse(
    [property: RegularExpression(CustomizationOptionRules.IdPattern), MaxLength(CustomizationOptionRules.MaxIdLength)] string Option,
    [property: OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Methods))] string Method,
    [property: RegularExpression(LineCustomizationRequest.DesignPattern), MaxLength(LineCustomizationRequest.MaxDesignLength)] string Design,
    [property: Range(1, CustomizationOptionRules.MaxColours)] int Colours,
    Money Fee,
    [property: MaxLength(LineItemRules.MaxLines), ItemRange(1, LineItemRules.MaxLines)] IReadOnlyList<int> Lines)
{
    /// <summary>Every customisation of every line a design of its own.</summary>
    public const int MaxPerQuote = LineItemRules.MaxLines * LineCustomizationRequest.MaxPerLine;
}
