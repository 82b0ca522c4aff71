using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.GetAdminProduct;

public sealed class GetAdminProductEndpoint(CatalogueEditor editor) : Endpoint<ProductRoute>
{
    public override void Configure()
    {
        Get("/products/{productId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetAdminProduct")
            .WithSummary("Read a product in any status, with the ETag to change it by")
            .WithDescription("Drafts and archived products included. The ETag is the product's version: send it as If-Match with " +
                "PUT, PUT …/specs, publish, unpublish and archive. Each SKU is listed with the link to its own resource.")
            .Produces<AdminProductResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductRoute req, CancellationToken ct) =>
        await Send.ResultAsync(await editor.FindAsync(req.ProductId, ct) is { } stored
            ? AdminResults.Product(stored)
            : Problems.NotFound("Product not found.", $"No product has the id '{req.ProductId}'."));
}
