using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.CancelOrder;

/// <summary>
/// Holds a cancellation body, when one is sent, to <see cref="CancelOrderRequest"/>'s rules. The rule is named as the property,
/// and FastEndpoints strips "Body." from its errors, so they are keyed as the body's own fields.
/// </summary>
public sealed class CancelOrderValidator : Validator<OrderChange<CancelOrderRequest?>>
{
    public CancelOrderValidator() =>
        RuleFor(i => i.Body!).SetValidator(new CancelOrderRequest.Validator()).OverridePropertyName(nameof(OrderChange<CancelOrderRequest>.Body))
            .When(i => i.Body is not null);
}
