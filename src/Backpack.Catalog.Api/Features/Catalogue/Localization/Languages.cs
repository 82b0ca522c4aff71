namespace Backpack.Catalog.Api.Features.Catalogue.Localization;

/// <summary>The languages storefront text is kept in; English is required and is the fallback.</summary>
public static class Languages
{
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [English, "de", "fr", "pt-BR", "ar"];

    /// <summary>The languages a catalogue record may be translated into; its English text is the record's own.</summary>
    public static readonly IReadOnlyList<string> Translations = [.. All.Skip(1)];

    public const string Described = "en, de, fr, pt-BR or ar";
}
