using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Admin.Products.ListAdminProducts;

public sealed class ListAdminProductsRequest : AdminPageRequest
{
    [Description("Only products in this status: draft, published or archived.")]
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    [Description("Only products of this family, e.g. leather.")]
    [FromQuery(Name = "category")]
    public string? Category { get; init; }

    /// <summary>The filters a cursor is bound to.</summary>
    public string Filters => $"{Status}|{Category}";

    public sealed class Validator : AbstractValidator<ListAdminProductsRequest>
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
