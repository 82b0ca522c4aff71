using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.UpdateProduct;

/// <summary>What PUT /v1/admin/products/{productId} binds: the product id, the If-Match header and the product in the body.</summary>
public sealed class UpdateProductInput
{
    [RouteParam]
    [Description("Product id, e.g. classic-metro-9.")]
    public string ProductId { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public ProductDocument Body { get; init; } = null!;
}
