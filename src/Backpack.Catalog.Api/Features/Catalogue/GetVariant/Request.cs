using System.ComponentModel;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Catalogue.GetVariant;

public sealed class GetVariantRequest
{
    [RouteParam]
    [Description("SKU, e.g. CL-METRO9-BLK (uppercase letters, digits and hyphens).")]
    public required string Sku { get; init; }

    public sealed class Validator : Validator<GetVariantRequest>
    {
        public Validator() =>
            RuleFor(r => r.Sku).Matches(CatalogueIds.SkuPattern)
                .WithMessage("sku must be 4 to 32 uppercase letters, digits and single hyphens, e.g. CL-METRO9-BLK.");
    }
}
