using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.ChangeProductStatus;

/// <summary>What publish, unpublish and archive bind: the product id from the route and the If-Match header.</summary>
public sealed class ProductStatusInput
{
    [RouteParam]
    [Description("Product id, e.g. classic-metro-9.")]
    public string ProductId { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}
