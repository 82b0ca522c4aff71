using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Prices.SetPriceTiers;

public sealed class SetPriceTiersEndpoint(CatalogueEditor editor) : Endpoint<SkuChange<SetPriceTiersRequest>>
{
    public override void Configure()
    {
        Put("/variants/{sku}/price-tiers");
        Group<AdminGroup>();
        Description(b => b
            .WithName("SetPriceTiers")
            .WithSummary("Replace a SKU's price ladder")
            .WithDescription("The ladder must start at the MOQ, ascend in orderable quantities (the MOQ plus whole order increments, " +
                "not above maxPerOrder) and lower the unit price at every break; up to 10 tiers, USD with at most two decimals. " +
                "Every broken rule is reported at once (400). The new prices apply to quotes and orders from the next request; " +
                "placed orders keep the prices they were placed at. Requires If-Match with the SKU's ETag (428 without, 412 when " +
                "stale); answers the SKU with its new ETag.")
            .Accepts<SetPriceTiersRequest>("application/json")
            .Produces<AdminVariantResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(SkuChange<SetPriceTiersRequest> req, CancellationToken ct)
    {
        var request = req.Body;
        var outcome = await editor.EditVariantAsync(req.Sku, req.IfMatch, Caller.From(User), null,
            (_, current) => VariantEdit.To(current with { PriceTiers = request.PriceTiers }), ct);
        await Send.ResultAsync(outcome.Problem ?? AdminResults.Variant(outcome.Saved!, req.Sku));
    }
}
