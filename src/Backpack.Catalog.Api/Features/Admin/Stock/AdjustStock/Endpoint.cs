using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Stock.AdjustStock;

public sealed class AdjustStockEndpoint(CatalogueEditor editor) : Endpoint<SkuChange<AdjustStockRequest>>
{
    public override void Configure()
    {
        Post("/variants/{sku}/stock-adjustments");
        Group<AdminGroup>();
        Description(b => b
            .WithName("AdjustStock")
            .WithSummary("Set or move a SKU's stock on hand, with a reason")
            .WithDescription("mode set makes stockOnHand the quantity; mode delta adds it (negative removes). Stock on hand can never " +
                "go below 0 or below the units open orders have reserved (400 naming both). The reason and the before and after " +
                "counts go to the audit trail. Requires If-Match with the SKU's ETag (428 without, 412 when stale: orders move the " +
                "SKU's version too, so re-read and re-decide); answers the SKU with its new ETag.")
            .Accepts<AdjustStockRequest>("application/json")
            .ProducesValidationProblem()
            .Produces<AdminVariantResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(SkuChange<AdjustStockRequest> req, CancellationToken ct)
    {
        var sku = req.Sku;
        var request = req.Body;
        var outcome = await editor.EditVariantAsync(sku, req.IfMatch, Caller.From(User), $"{request.Mode}: {request.Reason!.Trim()}", (_, current) =>
        {
            var target = request.Mode == "set" ? request.Quantity!.Value : (long)current.StockOnHand!.Value + request.Quantity!.Value;
            return target < 0
                ? VariantEdit.Refuse(Problems.Validation("quantity",
                    $"Removing {-request.Quantity} units would leave {target}: {sku} has {current.StockOnHand} on hand."))
                : VariantEdit.To(current with { StockOnHand = (int)Math.Min(target, int.MaxValue) });
        }, ct);
        await Send.ResultAsync(outcome.Problem ?? AdminResults.Variant(outcome.Saved!, sku));
    }
}
