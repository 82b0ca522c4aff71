using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Products.SetProductTranslation;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Products.RemoveProductTranslation;

/// <summary>One language of a product's translations, for removing it.</summary>
public sealed class ProductTranslationRoute
{
    [RouteParam]
    [Description(CatalogueInputs.ProductIdDescription)]
    public string ProductId { get; init; } = "";

    [RouteParam]
    [Description(ProductTranslationChange.LanguageDescription)]
    public string Language { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    public sealed class Validator : Validator<ProductTranslationRoute>
    {
        public Validator() => RuleFor(r => r.Language).TranslatedLanguage();
    }
}
