using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.PlaceOrder;

/// <summary>What POST /v1/orders binds: the Idempotency-Key header and the order in the body.</summary>
public sealed class PlaceOrderInput
{
    // Optional to the binder so that a missing key gets the operation's own problem, but required in the document.
    [FromHeader(IdempotencyStore.HeaderName, isRequired: false)]
    [Required]
    [Description("Required. A unique value per order (a UUID is ideal), 1 to 255 printable ASCII characters. Reuse it only to retry the same order.")]
    public string? IdempotencyKey { get; init; }

    [FromBody]
    public PlaceOrderRequest Body { get; init; } = null!;

    public sealed class Validator : Validator<PlaceOrderInput>
    {
        // Named as the property, FastEndpoints strips "Body." so that errors are keyed as the body's own fields.
        public Validator() =>
            RuleFor(i => i.Body).SetValidator(new PlaceOrderRequest.Validator()).OverridePropertyName(nameof(Body));
    }
}
