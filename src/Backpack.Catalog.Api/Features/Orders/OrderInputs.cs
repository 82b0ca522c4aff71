using System.ComponentModel;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders;

// What the operations on one order bind: its id in the route and, for a change, If-Match and the body.

public sealed class OrderRoute
{
    [RouteParam]
    [Description(OrderInputs.OrderIdDescription)]
    public string OrderId { get; init; } = "";
}

public sealed class OrderChange<TBody>
{
    [RouteParam]
    [Description(OrderInputs.OrderIdDescription)]
    public string OrderId { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Description(Preconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public TBody Body { get; init; } = default!;
}

public static class OrderInputs
{
    public const string OrderIdDescription = "Order id, e.g. ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.";
}
