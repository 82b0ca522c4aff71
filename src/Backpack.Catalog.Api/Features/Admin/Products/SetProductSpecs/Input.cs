using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.SetProductSpecs;

/// <summary>What PUT /v1/admin/products/{productId}/specs binds: the product id, the If-Match header and the specs in the body.</summary>
public sealed class SetProductSpecsInput
{
    [RouteParam]
    [Description("Product id, e.g. classic-metro-9.")]
    public string ProductId { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public ProductSpecsDocument Body { get; init; } = null!;
}
