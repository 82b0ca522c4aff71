using System.ComponentModel;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Orders.GetAdminOrder;

/// <summary>What GET /v1/admin/orders/{orderId} binds: the order id in the route.</summary>
public sealed class GetAdminOrderInput
{
    [RouteParam]
    [Description("Order id, e.g. ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")]
    public string OrderId { get; init; } = "";
}
