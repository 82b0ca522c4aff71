using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>
/// A product's name and description in the languages beside English. A language left out, or a field a language leaves out, is shown
/// in English. On a replace or an import, leaving translations out keeps the stored ones; {} removes them all.
/// </summary>
public sealed record ProductTranslationsDocument
{
    public static ProductTranslationsDocument Example => new()
    {
        De = new() { Name = "Harbour Classic Mini-Rucksack 9 L", Description = "Ein kompakter Mini-Rucksack aus 600D-Polyester mit gepolstertem Tabletfach und Flaschentasche." },
        Ar = new() { Name = "حقيبة ظهر هاربور كلاسيك ميني 9 لتر", Description = "حقيبة ظهر صغيرة من البوليستر 600D مع جيب مبطن للجهاز اللوحي وجيب للزجاجة." },
    };

    public ProductTextDocument? De { get; init; }

    public ProductTextDocument? Fr { get; init; }

    [JsonPropertyName("pt-BR")]
    public ProductTextDocument? PtBr { get; init; }

    public ProductTextDocument? Ar { get; init; }

    [JsonIgnore]
    public IEnumerable<(string Language, ProductTextDocument? Text)> Entries => [("de", De), ("fr", Fr), ("pt-BR", PtBr), ("ar", Ar)];

    public ProductTextDocument? In(string language) => Entries.FirstOrDefault(e => e.Language == language).Text;

    public ProductTranslationsDocument With(string language, ProductTextDocument? text) => language switch
    {
        "de" => this with { De = text },
        "fr" => this with { Fr = text },
        "pt-BR" => this with { PtBr = text },
        "ar" => this with { Ar = text },
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a translated language."),
    };

    /// <summary>Languages with neither field dropped, and no translations at all as null, so that equal content compares equal.</summary>
    public static ProductTranslationsDocument? Normalise(ProductTranslationsDocument? translations)
    {
        var kept = (translations?.Entries ?? []).Where(e => e.Text is { Name: not null } or { Description: not null }).ToList();
        return kept.Count == 0 ? null : kept.Aggregate(new ProductTranslationsDocument(), (all, e) => all.With(e.Language, e.Text));
    }

    /// <summary>Each text given is held to the rules of the English field it translates.</summary>
    public static void Check(ProductTranslationsDocument? translations, Action<string, string> fail)
    {
        foreach (var (language, text) in translations?.Entries ?? [])
        {
            if (text?.Name is not null) CatalogueRules.Text(text.Name, $"translations.{language}.name", CatalogueRules.MaxNameLength, fail);
            if (text?.Description is not null)
                CatalogueRules.Text(text.Description, $"translations.{language}.description", CatalogueRules.MaxDescriptionLength, fail);
        }
    }
}

/// <summary>A product's name and description in one language; either may be left to English.</summary>
public sealed record ProductTextDocument
{
    public static ProductTextDocument Example => new()
    {
        Name = "Mochila Mini Harbour Classic 9 L",
        Description = "Uma minimochila compacta em poliéster 600D com bolso acolchoado para tablet e bolso para garrafa.",
    };

    [StringLength(CatalogueRules.MaxNameLength, MinimumLength = 1)]
    public string? Name { get; init; }

    [StringLength(CatalogueRules.MaxDescriptionLength, MinimumLength = 1)]
    public string? Description { get; init; }
}
