using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Labels;

/// <summary>What a label change must be: an English label and any translations, and a description exactly when it labels a family.</summary>
public static class LabelRules
{
    public const string KeyPattern = "^[A-Za-z0-9-]+$";
    public const int MaxKeyLength = 32;

    /// <summary>Every key of the three vocabularies (12 features, 12 certifications, 6 families), with room for keys added later.</summary>
    public const int MaxLabels = 100;

    public static void Check(string kind, LabelDocument label, Action<string, string> fail)
    {
        LocalizedText.Check(label.Label, "label", fail);
        if (kind == CatalogueLabels.Category)
        {
            LocalizedText.Check(label.Description, "description", fail);
        }
        else if (label.Description is not null)
        {
            fail("description", "description is for families (kind category) only; leave it out for a feature or a certification.");
        }
    }
}

/// <summary>A label as the admin sends it: the label per language, and for a family its description per language.</summary>
public sealed record LabelDocument
{
    public static LabelDocument Example => new() { Label = LabelResponse.Example.Label };

    /// <summary>English required (1 to 250 characters); de, fr, pt-BR and ar when translated.</summary>
    public LocalizedText? Label { get; init; }

    /// <summary>A family's description per language (English required); left out for a feature or a certification.</summary>
    public LocalizedText? Description { get; init; }
}

/// <summary>A label as the catalogue file carries it: which key it labels, and the label itself.</summary>
public sealed record CatalogueLabelDocument
{
    /// <summary>feature, certification or category.</summary>
    /// <example>feature</example>
    [OneOf(typeof(CatalogueLabels), nameof(CatalogueLabels.Kinds))]
    public string? Kind { get; init; }

    /// <summary>The vocabulary key, e.g. laptop-sleeve, REACH or kids.</summary>
    /// <example>laptop-sleeve</example>
    [MinLength(2), MaxLength(LabelRules.MaxKeyLength), RegularExpression(LabelRules.KeyPattern)]
    public string? Key { get; init; }

    /// <summary>English required; de, fr, pt-BR and ar when translated.</summary>
    public LocalizedText? Label { get; init; }

    /// <summary>A family's description per language; left out for a feature or a certification.</summary>
    public LocalizedText? Description { get; init; }

    public static CatalogueLabelDocument From(CatalogueLabel label) =>
        new() { Kind = label.Kind, Key = label.Key, Label = label.Label, Description = label.Description };
}
