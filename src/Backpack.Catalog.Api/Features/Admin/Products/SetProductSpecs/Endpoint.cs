using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Admin.Products.SetProductSpecs;

public static class SetProductSpecsEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPut("/products/{productId}/specs", HandleAsync)
            .WithName("SetProductSpecs")
            .WithSummary("Replace a product's specs")
            .WithDescription("Capacity, dimensions, weight, load, material and grade, lining, zipper, stitch density, water " +
                "resistance and UV treatment, all required, with their units in the field names. Requires If-Match with the " +
                "product's ETag (428 without, 412 when stale); answers the product with its new ETag.")
            .Accepts<ProductSpecsDocument>("application/json")
            .Produces<AdminProductResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<IResult> HandleAsync(
        [Description("Product id, e.g. classic-metro-9.")] string productId,
        ProductSpecsDocument specs,
        [FromHeader(Name = "If-Match")] [Description(CataloguePreconditions.IfMatchDescription)] string? ifMatch,
        ClaimsPrincipal user, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        var outcome = await editor.EditAsync(productId, Caller.From(user), null, stored =>
            CataloguePreconditions.Check(ifMatch, stored.Version, "product") is { } refusal
                ? ProductEdit.Refuse(refusal)
                : ProductEdit.To(stored.Document with { Specs = specs, Variants = null }), cancellationToken);
        return outcome.Problem ?? AdminResults.Product(outcome.Saved!);
    }
}
