using System.ComponentModel;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Catalogue.ListCategories;

public sealed class ListCategoriesRequest
{
    [Description(LanguageRules.LangDescription)]
    [QueryParam]
    public string? Lang { get; init; }

    [Description(LanguageRules.AcceptLanguageDescription)]
    [FromHeader("Accept-Language", isRequired: false)]
    public string? AcceptLanguage { get; init; }

    public sealed class Validator : Validator<ListCategoriesRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Lang).SupportedLanguage();
            RuleFor(r => r.AcceptLanguage).MaximumLength(LanguageRules.MaxAcceptLanguageLength);
        }
    }
}
