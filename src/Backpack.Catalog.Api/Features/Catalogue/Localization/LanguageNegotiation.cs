using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Backpack.Catalog.Api.Features.Catalogue.Localization;

/// <summary>
/// Chooses the language of a catalogue answer: the lang parameter when given, otherwise the Accept-Language range with the highest
/// weight that this catalogue is written in, otherwise English. A range matches by its primary subtag (de-AT is de, any pt is pt-BR,
/// and * is English), so a browser's own header finds the nearest language rather than none. A header that does not parse is English.
/// </summary>
public static class LanguageNegotiation
{
    public const string VaryHeader = "Accept-Language";

    /// <summary>Accept-Language lists longer than this are read up to here: no browser sends more.</summary>
    private const int MaxRanges = 20;

    public static string Choose(string? lang, StringValues acceptLanguage)
    {
        if (lang is not null && Languages.All.Contains(lang))
        {
            return lang;
        }

        if (!StringWithQualityHeaderValue.TryParseList(acceptLanguage, out var ranges))
        {
            return Languages.English;
        }

        return ranges.Take(MaxRanges)
            .Select((range, index) => (Language: Match(range.Value.Value), Weight: range.Quality ?? 1, index))
            .Where(r => r.Language is not null && r.Weight > 0)
            .OrderByDescending(r => r.Weight).ThenBy(r => r.index)
            .Select(r => r.Language!)
            .FirstOrDefault() ?? Languages.English;
    }

    /// <summary>Answers in <paramref name="language"/>: Content-Language says which, and Vary tells caches the answer depends on it.</summary>
    public static void Answer(HttpResponse response, string language)
    {
        response.Headers.ContentLanguage = language;
        response.Headers.Vary = string.Join(", ", [.. response.Headers.Vary.OfType<string>(), VaryHeader]);
    }

    private static string? Match(string? range)
    {
        if (range is null)
        {
            return null;
        }

        if (range == "*")
        {
            return Languages.English;
        }

        var primary = range.Split('-', 2)[0];
        return primary.ToLowerInvariant() switch
        {
            "en" => Languages.English,
            "de" => "de",
            "fr" => "fr",
            "pt" => "pt-BR",
            "ar" => "ar",
            _ => null,
        };
    }
}
