using Backpack.Catalog.Api.Features.Orders;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Orders.ChangeOrderStatus;

/// <summary>
/// Holds the status change to <see cref="ChangeOrderStatusRequest"/>'s rules. The rule is named as the property, and FastEndpoints strips "Body." from
/// its errors, so they are keyed as the body's own fields.
/// </summary>
public sealed class ChangeOrderStatusValidator : Validator<OrderChange<ChangeOrderStatusRequest>>
{
    public ChangeOrderStatusValidator() =>
        RuleFor(i => i.Body).SetValidator(new ChangeOrderStatusRequest.Validator()).OverridePropertyName(nameof(OrderChange<ChangeOrderStatusRequest>.Body));
}
