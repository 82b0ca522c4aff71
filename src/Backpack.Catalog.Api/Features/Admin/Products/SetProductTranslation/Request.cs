using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Products.SetProductTranslation;

/// <summary>One language of a product's translations, addressed by the product and the language.</summary>
public sealed class ProductTranslationChange
{
    public const string LanguageDescription = "de, fr, pt-BR or ar. English is the product's own name and description.";

    [RouteParam]
    [Description(CatalogueInputs.ProductIdDescription)]
    public string ProductId { get; init; } = "";

    [RouteParam]
    [Description(LanguageDescription)]
    public string Language { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public ProductTextDocument Body { get; init; } = default!;

    public sealed class Validator : Validator<ProductTranslationChange>
    {
        public Validator() => RuleFor(r => r.Language).TranslatedLanguage();
    }
}
