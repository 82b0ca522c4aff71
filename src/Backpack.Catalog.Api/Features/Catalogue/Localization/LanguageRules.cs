using Backpack.Catalog.Api.Infrastructure.Errors;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Catalogue.Localization;

/// <summary>How the catalogue reads document and check their language inputs.</summary>
public static class LanguageRules
{
    public const string LangDescription = "The language to answer in: en (default), de, fr, pt-BR or ar. It wins over Accept-Language. Names, " +
        "descriptions, labels and option names without a translation are in English.";

    public const string AcceptLanguageDescription = "Used when lang is absent: the best-weighted range the catalogue is written in " +
        "(de-AT finds de, any pt finds pt-BR), else English. Content-Language says which was chosen.";

    /// <summary>Accept-Language lists are short; the limit only bounds what a client may send.</summary>
    public const int MaxAcceptLanguageLength = 500;

    public static IRuleBuilderOptions<T, string?> SupportedLanguage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.OneOf(Languages.All).WithMessage($"Unsupported language. Use one of: {Languages.Described}.");

    /// <summary>A language a record is translated into: English is the record's own text, changed with the record.</summary>
    public static IRuleBuilderOptions<T, string?> TranslatedLanguage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredOneOf(Languages.Translations)
            .WithMessage("language must be de, fr, pt-BR or ar. English is the record's own text: change it in the record itself.");
}
