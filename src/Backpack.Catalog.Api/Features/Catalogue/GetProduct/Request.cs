using System.ComponentModel;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Catalogue.GetProduct;

public sealed class GetProductRequest
{
    [RouteParam]
    [Description("Product id, e.g. classic-metro-9 (lowercase letters, digits and hyphens).")]
    public required string Id { get; init; }

    public sealed class Validator : Validator<GetProductRequest>
    {
        public Validator() =>
            RuleFor(r => r.Id).Matches(CatalogueIds.ProductIdPattern)
                .WithMessage("id must be 3 to 64 lowercase letters, digits and single hyphens, e.g. classic-metro-9.");
    }
}
