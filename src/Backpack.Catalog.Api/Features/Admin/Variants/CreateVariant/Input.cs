using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Variants.CreateVariant;

/// <summary>What POST /v1/admin/products/{productId}/variants binds: the product id from the route and the SKU in the body.</summary>
public sealed class CreateVariantInput
{
    [RouteParam]
    [Description("Product id, e.g. classic-metro-9.")]
    public string ProductId { get; init; } = "";

    [FromBody]
    public VariantDocument Body { get; init; } = null!;
}
