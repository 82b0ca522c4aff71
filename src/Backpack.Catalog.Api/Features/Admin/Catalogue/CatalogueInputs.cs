using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

// What the admin catalogue operations bind besides a body: the product or SKU in the route, and If-Match on a change.
// If-Match is documented as required (a change without it is refused); it binds as optional so that the handler's
// 428 precondition-required problem, not a binding error, tells the client what to send.

public sealed class ProductRoute
{
    [RouteParam]
    [Description(CatalogueInputs.ProductIdDescription)]
    public string ProductId { get; init; } = "";
}

public sealed class ProductChange
{
    [RouteParam]
    [Description(CatalogueInputs.ProductIdDescription)]
    public string ProductId { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}

public sealed class ProductChange<TBody>
{
    [RouteParam]
    [Description(CatalogueInputs.ProductIdDescription)]
    public string ProductId { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public TBody Body { get; init; } = default!;
}

public sealed class SkuRoute
{
    [RouteParam]
    [Description(CatalogueInputs.SkuDescription)]
    public string Sku { get; init; } = "";
}

public sealed class SkuChange
{
    [RouteParam]
    [Description(CatalogueInputs.SkuDescription)]
    public string Sku { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}

public sealed class SkuChange<TBody>
{
    [RouteParam]
    [Description(CatalogueInputs.SkuDescription)]
    public string Sku { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public TBody Body { get; init; } = default!;
}

public static class CatalogueInputs
{
    public const string ProductIdDescription = "Product id, e.g. classic-metro-9.";
    public const string SkuDescription = "SKU, e.g. CL-METRO9-BLK.";
}
