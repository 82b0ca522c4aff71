using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Variants.ChangeVariantStatus;

/// <summary>What archive and restore bind: the SKU from the route and the If-Match header.</summary>
public sealed class VariantStatusInput
{
    [RouteParam]
    [Description("SKU, e.g. CL-METRO9-BLK.")]
    public string Sku { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}
