using System.ComponentModel;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Variants.GetAdminVariant;

/// <summary>What GET /v1/admin/variants/{sku} binds: the SKU from the route.</summary>
public sealed class GetAdminVariantInput
{
    [RouteParam]
    [Description("SKU, e.g. CL-METRO9-BLK.")]
    public string Sku { get; init; } = "";
}
