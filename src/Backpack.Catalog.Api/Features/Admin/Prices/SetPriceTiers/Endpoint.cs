using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Admin.Prices.SetPriceTiers;

public static class SetPriceTiersEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPut("/variants/{sku}/price-tiers", HandleAsync)
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
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<IResult> HandleAsync(
        [Description("SKU, e.g. CL-METRO9-BLK.")] string sku,
        SetPriceTiersRequest request,
        [FromHeader(Name = "If-Match")] [Description(CataloguePreconditions.IfMatchDescription)] string? ifMatch,
        ClaimsPrincipal user, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        var outcome = await editor.EditVariantAsync(sku, ifMatch, Caller.From(user), null,
            (_, current) => VariantEdit.To(current with { PriceTiers = request.PriceTiers }), cancellationToken);
        return outcome.Problem ?? AdminResults.Variant(outcome.Saved!, sku);
    }
}
