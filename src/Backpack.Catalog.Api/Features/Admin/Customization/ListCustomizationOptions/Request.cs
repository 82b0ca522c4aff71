using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Customization.ListCustomizationOptions;

public sealed class ListCustomizationOptionsRequest : AdminPageRequest
{
    [Description("Only options of this method, e.g. embroidery.")]
    [QueryParam]
    [OneOf(typeof(CustomizationVocabulary), nameof(CustomizationVocabulary.Methods))]
    public string? Method { get; init; }

    [Description("Only options that apply to this whole family, e.g. leather.")]
    [QueryParam]
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))]
    public string? Family { get; init; }

    public sealed class Validator : Validator<ListCustomizationOptionsRequest>
    {
        public Validator()
        {
            AddRules(this);
            RuleFor(r => r.Method).Must(m => CustomizationVocabulary.Methods.Contains(m!)).When(r => r.Method is not null)
                .WithMessage($"method must be one of: {string.Join(", ", CustomizationVocabulary.Methods)}.");
            RuleFor(r => r.Family).Must(f => CatalogueVocabulary.Categories.Contains(f!)).When(r => r.Family is not null)
                .WithMessage($"family must be one of: {CatalogueVocabulary.Describe(CatalogueVocabulary.Categories)}.");
        }
    }
}

/// <param name="NextCursor">Pass as cursor, with the same filters, for the next page; null on the last page.</param>
public sealed record ListCustomizationOptionsResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<CustomizationOptionResponse> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static ListCustomizationOptionsResponse Example => new([CustomizationOptionResponse.Example], null, AdminPageRequest.DefaultLimit);
}
