using Backpack.Catalog.Api.Features.Catalogue.Localization;

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
    public static LabelDocument Example => new()
    {
        Label = new LocalizedText("Laptop sleeve", "Laptopfach", "Compartiment pour ordinateur portable", "Compartimento para notebook", "جيب للحاسوب المحمول"),
    };

    /// <summary>English required (1 to 250 characters); de, fr, pt-BR and ar when translated.</summary>
    public LocalizedText? Label { get; init; }

    /// <summary>A family's description per language (English required); left out for a feature or a certification.</summary>
    public LocalizedText? Description { get; init; }
}
