using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Backpack.Catalog.Api.Features.Catalogue.Localization;

/// <summary>One text in each language it is written in: English always, the others when given.</summary>
public sealed record LocalizedText(
    [property: Required, MinLength(1), MaxLength(LocalizedText.MaxLength)] string En,
    [property: MinLength(1), MaxLength(LocalizedText.MaxLength)] string? De = null,
    [property: MinLength(1), MaxLength(LocalizedText.MaxLength)] string? Fr = null,
    [property: JsonPropertyName("pt-BR"), MinLength(1), MaxLength(LocalizedText.MaxLength)] string? PtBr = null,
    [property: MinLength(1), MaxLength(LocalizedText.MaxLength)] string? Ar = null)
{
    public const int MaxLength = 250;

    /// <summary>Every text without its leading and trailing spaces.</summary>
    public LocalizedText Trimmed() => new(En.Trim(), De?.Trim(), Fr?.Trim(), PtBr?.Trim(), Ar?.Trim());

    /// <summary>The text in <paramref name="language"/>, or the English one when it has none.</summary>
    public string In(string language) => Entries.FirstOrDefault(e => e.Language == language).Text ?? En;

    [JsonIgnore]
    public IEnumerable<(string Language, string? Text)> Entries =>
        [(Languages.English, En), ("de", De), ("fr", Fr), ("pt-BR", PtBr), ("ar", Ar)];

    /// <summary>Every rule the texts break: English is required, and each text given is 1 to 250 characters of printable text.</summary>
    public static void Check(LocalizedText? text, string at, Action<string, string> fail)
    {
        if (text is null || string.IsNullOrWhiteSpace(text.En))
        {
            fail($"{at}.en", $"{at}.en is required: every image has an English alt text, the fallback for every language.");
        }

        foreach (var (language, value) in text?.Entries ?? [])
        {
            if (value is null || (language == Languages.English && string.IsNullOrWhiteSpace(value)))
            {
                continue;
            }

            if (value.Trim().Length == 0 || value.Length > MaxLength || value.Any(char.IsControl))
            {
                fail($"{at}.{language}", $"{at}.{language} must be 1 to {MaxLength} characters of text without control characters.");
            }
        }
    }
}
