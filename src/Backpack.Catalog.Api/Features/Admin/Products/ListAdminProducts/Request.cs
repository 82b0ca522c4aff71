using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Products.ListAdminProducts;

public sealed class ListAdminProductsRequest : AdminPageRequest
{
    [Description("Only products in this status: draft, published or archived.")]
    [QueryParam]
    public string? Status { get; init; }

    [Description("Only products of this family, e.g. leather.")]
    [QueryParam]
    public string? Category { get; init; }

    /// <summary>The filters a cursor is bound to.</summary>
    public string Filters => $"{Status}|{Category}";

    public sealed class Validator : Validator<ListAdminProductsRequest>
    {
        public Validator()
        {
            AddRules(this);
            RuleFor(r => r.Status).OneOf(ProductStatuses.All).WithMessage("status must be draft, published or archived.");
            RuleFor(r => r.Category).OneOf(CatalogueVocabulary.Categories)
                .WithMessage($"category must be one of: {CatalogueVocabulary.Describe(CatalogueVocabulary.Categories)}.");
        }
    }
}
