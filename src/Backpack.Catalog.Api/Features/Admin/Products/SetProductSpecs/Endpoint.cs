using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.SetProductSpecs;

public sealed class SetProductSpecsEndpoint(CatalogueEditor editor) : Endpoint<ProductChange<ProductSpecsDocument>>
{
    public override void Configure()
    {
        Put("/products/{productId}/specs");
        Group<AdminGroup>();
        Description(b => b
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
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductChange<ProductSpecsDocument> req, CancellationToken ct)
    {
        var specs = req.Body;
        var outcome = await editor.EditAsync(req.ProductId, Caller.From(User), null, stored =>
            CataloguePreconditions.Check(req.IfMatch, stored.Version, "product") is { } refusal
                ? ProductEdit.Refuse(refusal)
                : ProductEdit.To(stored.Document with { Specs = specs, Variants = null }), ct);
        await Send.ResultAsync(outcome.Problem ?? AdminResults.Product(outcome.Saved!));
    }
}
