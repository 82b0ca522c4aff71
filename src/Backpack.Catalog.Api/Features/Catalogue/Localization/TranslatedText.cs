using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Backpack.Catalog.Api.Features.Catalogue.Localization;

/// <summary>One text in the languages beside English, each when given; English is the record's own text and the fallback.</summary>
public sealed record TranslatedText
{
    [MinLength(1), MaxLength(LocalizedText.MaxLength)]
    public string? De { get; init; }

    [MinLength(1), MaxLength(LocalizedText.MaxLength)]
    public string? Fr { get; init; }

    [JsonPropertyName("pt-BR"), MinLength(1), MaxLength(LocalizedText.MaxLength)]
    public string? PtBr { get; init; }

    [MinLength(1), MaxLength(LocalizedText.MaxLength)]
    public string? Ar { get; init; }

    [JsonIgnore]
    public IEnumerable<(string Language, string? Text)> Entries => [("de", De), ("fr", Fr), ("pt-BR", PtBr), ("ar", Ar)];

    public string? In(string language) => Entries.FirstOrDefault(e => e.Language == language).Text;

    /// <summary>No text in any language is no translation at all, so that equal content compares equal.</summary>
    public static TranslatedText? Normalise(TranslatedText? text) => text?.Entries.Any(e => e.Text is not null) == true ? text : null;

    /// <summary>Each text given is 1 to <paramref name="maxLength"/> characters without leading or trailing spaces or control characters.</summary>
    public static void Check(TranslatedText? text, string at, int maxLength, Action<string, string> fail)
    {
        foreach (var (language, value) in text?.Entries ?? [])
        {
            if (value is not null && (value.Trim().Length == 0 || value.Trim() != value || value.Length > maxLength || value.Any(char.IsControl)))
            {
                fail($"{at}.{language}", $"{at}.{language} must be 1 to {maxLength} characters without leading or trailing spaces or control characters.");
            }
        }
    }
}
