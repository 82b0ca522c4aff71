using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Stock.AdjustStock;

/// <summary>What POST /v1/admin/variants/{sku}/stock-adjustments binds: the SKU from the route, the If-Match header and the adjustment in the body.</summary>
public sealed class AdjustStockInput
{
    [RouteParam]
    [Description("SKU, e.g. CL-METRO9-BLK.")]
    public string Sku { get; init; } = "";

    [FromHeader("If-Match", isRequired: false)]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public AdjustStockRequest Body { get; init; } = null!;

    public sealed class Validator : Validator<AdjustStockInput>
    {
        // Named as the property, FastEndpoints strips "Body." so that errors are keyed as the body's own fields.
        public Validator() =>
            RuleFor(i => i.Body).SetValidator(new AdjustStockRequest.Validator()).OverridePropertyName(nameof(Body));
    }
}
