using System.ComponentModel;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.GetAdminProduct;

/// <summary>What GET /v1/admin/products/{productId} binds: the product id from the route.</summary>
public sealed class GetAdminProductInput
{
    [RouteParam]
    [Description("Product id, e.g. classic-metro-9.")]
    public string ProductId { get; init; } = "";
}
