using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Variants.UpdateVariant;

public sealed class UpdateVariantEndpoint(CatalogueEditor editor) : Endpoint<SkuChange<VariantDocument>>
{
    public override void Configure()
    {
        Put("/variants/{sku}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("UpdateVariant")
            .WithSummary("Replace a SKU's terms")
            .WithDescription("Replaces colour, material, MOQ, order increment, carton size, per-order maximum and sample terms; all " +
                "required, as read from GET. priceTiers, when sent, replaces the ladder too (omit it to keep the ladder). Stock " +
                "changes only through stock-adjustments (which record a reason) and status through archive and restore, so " +
                "stockOnHand and status, when sent, must be the current values. Requires If-Match (428 without, 412 when stale); " +
                "answers the new ETag.")
            .Accepts<VariantDocument>("application/json")
            .Produces<AdminVariantResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(SkuChange<VariantDocument> req, CancellationToken ct)
    {
        var sku = req.Sku;
        var variant = req.Body;
        var outcome = await editor.EditVariantAsync(sku, req.IfMatch, Caller.From(User), null, (_, current) =>
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (variant.Sku is not null && variant.Sku != sku) errors["sku"] = ["sku cannot change; omit it or send the SKU in the URL."];
            if (variant.StockOnHand is not null && variant.StockOnHand != current.StockOnHand)
                errors["stockOnHand"] = [$"Stock changes through POST /v1/admin/variants/{sku}/stock-adjustments, which records a reason; omit stockOnHand or send the current {current.StockOnHand}."];
            if (variant.Status is not null && variant.Status != current.Status)
                errors["status"] = [$"status changes through POST /v1/admin/variants/{sku}/archive or /restore; omit it or send the current '{current.Status}'."];
            return errors.Count > 0
                ? VariantEdit.Refuse(Problems.Validation(errors, "The body tries to change what this operation does not change."))
                : VariantEdit.To(variant with
                {
                    Status = current.Status, StockOnHand = current.StockOnHand, PriceTiers = variant.PriceTiers ?? current.PriceTiers,
                });
        }, ct);
        await Send.ResultAsync(outcome.Problem ?? AdminResults.Variant(outcome.Saved!, sku));
    }
}
