using System.ComponentModel;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Orders.ChangeOrderStatus;

/// <summary>What POST /v1/admin/orders/{orderId}/status binds: the order id, the If-Match header and the change in the body.</summary>
public sealed class ChangeOrderStatusInput
{
    [RouteParam]
    [Description("Order id, e.g. ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")]
    public string OrderId { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Description(Preconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public ChangeOrderStatusRequest Body { get; init; } = null!;

    public sealed class Validator : Validator<ChangeOrderStatusInput>
    {
        // Named as the property, FastEndpoints strips "Body." so that errors are keyed as the body's own fields.
        public Validator() =>
            RuleFor(i => i.Body).SetValidator(new ChangeOrderStatusRequest.Validator()).OverridePropertyName(nameof(Body));
    }
}
