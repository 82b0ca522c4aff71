using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Errors;
using System.ComponentModel;
using FastEndpoints;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Catalogue.GetProduct;

public sealed class GetProductRequest
{
    [RouteParam]
    [Description("Product id, e.g. classic-metro-9 (lowercase letters, digits and hyphens).")]
    public required string Id { get; init; }

    [Description("ISO 4217 code to show prices in: USD (default), EUR, GBP, AED, SAR, ZAR, KES, NGN or BRL. Every price and tier is converted " +
        "at the rate quotes use now, rounded as quotes round, and exchangeRate says which rate and how old it is.")]
    [QueryParam]
    public string? Currency { get; init; }

    [Description(Localization.LanguageRules.LangDescription)]
    [QueryParam]
    public string? Lang { get; init; }

    [Description(Localization.LanguageRules.AcceptLanguageDescription)]
    [FromHeader("Accept-Language", isRequired: false)]
    public string? AcceptLanguage { get; init; }

    public sealed class Validator : Validator<GetProductRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Currency).OneOf(Currencies.Codes).WithMessage($"Unsupported currency. Use one of: {Currencies.Describe()}.");
            RuleFor(r => r.Lang).SupportedLanguage();
            RuleFor(r => r.AcceptLanguage).MaximumLength(LanguageRules.MaxAcceptLanguageLength);
            RuleFor(r => r.Id).Matches(CatalogueIds.ProductIdPattern)
                .WithMessage("id must be 3 to 64 lowercase letters, digits and single hyphens, e.g. classic-metro-9.");
        }
    }
}
