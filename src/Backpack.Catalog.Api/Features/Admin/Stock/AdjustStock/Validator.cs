using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Stock.AdjustStock;

/// <summary>
/// Holds the adjustment to <see cref="AdjustStockRequest"/>'s rules. The rule is named as the property, and FastEndpoints strips "Body." from
/// its errors, so they are keyed as the body's own fields.
/// </summary>
public sealed class AdjustStockValidator : Validator<SkuChange<AdjustStockRequest>>
{
    public AdjustStockValidator() =>
        RuleFor(i => i.Body).SetValidator(new AdjustStockRequest.Validator()).OverridePropertyName(nameof(SkuChange<AdjustStockRequest>.Body));
}
