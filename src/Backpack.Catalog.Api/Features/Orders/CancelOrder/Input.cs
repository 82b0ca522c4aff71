using System.ComponentModel;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.CancelOrder;

/// <summary>What POST /v1/orders/{orderId}/cancel binds: the order id, the If-Match header and the optional body.</summary>
public sealed class CancelOrderInput
{
    [RouteParam]
    [Description("Order id, e.g. ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")]
    public string OrderId { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Description(Preconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    // Null when the request has no body: a cancellation needs no reason.
    [FromBody]
    public CancelOrderRequest? Body { get; init; }

    public sealed class Validator : Validator<CancelOrderInput>
    {
        // Named as the property, FastEndpoints strips "Body." so that errors are keyed as the body's own fields.
        // An absent body has nothing to validate.
        public Validator() =>
            RuleFor(i => i.Body!).SetValidator(new CancelOrderRequest.Validator()).OverridePropertyName(nameof(Body))
                .When(i => i.Body is not null);
    }
}
