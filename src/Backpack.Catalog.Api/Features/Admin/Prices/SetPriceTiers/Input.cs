using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Prices.SetPriceTiers;

/// <summary>What PUT /v1/admin/variants/{sku}/price-tiers binds: the SKU from the route, the If-Match header and the ladder in the body.</summary>
public sealed class SetPriceTiersInput
{
    [RouteParam]
    [Description("SKU, e.g. CL-METRO9-BLK.")]
    public string Sku { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public SetPriceTiersRequest Body { get; init; } = null!;
}
