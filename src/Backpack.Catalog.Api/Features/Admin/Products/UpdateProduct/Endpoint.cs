using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.UpdateProduct;

public sealed class UpdateProductEndpoint(CatalogueEditor editor) : Endpoint<ProductChange<ProductDocument>>
{
    public override void Configure()
    {
        Put("/products/{productId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("UpdateProduct")
            .WithSummary("Replace a product's record")
            .WithDescription("Replaces name, description, family, specs, features, certifications, origin, HS code, lead time and " +
                "product MOQ; every field is required, as read from GET. Its SKUs are not touched (they are changed at " +
                "/v1/admin/variants/{sku}), and status changes through publish, unpublish and archive, so variants must be omitted " +
                "and status, when sent, must be the current one. Requires If-Match (428 without, 412 when stale); answers the new ETag. " +
                "Sending the product unchanged changes nothing, not even the ETag.")
            .Accepts<ProductDocument>("application/json")
            .Produces<AdminProductResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductChange<ProductDocument> req, CancellationToken ct)
    {
        var productId = req.ProductId;
        var product = req.Body;
        var outcome = await editor.EditAsync(productId, Caller.From(User), null, stored =>
        {
            if (CataloguePreconditions.Check(req.IfMatch, stored.Version, "product") is { } refusal)
            {
                return ProductEdit.Refuse(refusal);
            }

            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (product.Id is not null && product.Id != productId) errors["id"] = ["id cannot change; omit it or send the id in the URL."];
            if (product.Variants is not null) errors["variants"] = ["Omit variants: SKUs are created at POST /v1/admin/products/{id}/variants and changed at /v1/admin/variants/{sku}."];
            if (product.Status is not null && product.Status != stored.Document.Status)
                errors["status"] = [$"status changes through POST /v1/admin/products/{productId}/publish, /unpublish or /archive; omit it or send the current '{stored.Document.Status}'."];
            return errors.Count > 0
                ? ProductEdit.Refuse(Problems.Validation(errors, "The body tries to change what this operation does not change."))
                : ProductEdit.To(product with { Id = productId, Status = null, Variants = null });
        }, ct);
        await Send.ResultAsync(outcome.Problem ?? AdminResults.Product(outcome.Saved!));
    }
}
