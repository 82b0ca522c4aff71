using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Errors;

namespace Backpack.Catalog.Api.Features.Admin.Products.GetAdminProduct;

public static class GetAdminProductEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/products/{productId}", HandleAsync)
            .WithName("GetAdminProduct")
            .WithSummary("Read a product in any status, with the ETag to change it by")
            .WithDescription("Drafts and archived products included. The ETag is the product's version: send it as If-Match with " +
                "PUT, PUT …/specs, publish, unpublish and archive. Each SKU is listed with the link to its own resource.")
            .Produces<AdminProductResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        [Description("Product id, e.g. classic-metro-9.")] string productId, CatalogueEditor editor, CancellationToken cancellationToken) =>
        await editor.FindAsync(productId, cancellationToken) is { } stored
            ? AdminResults.Product(stored)
            : Problems.NotFound("Product not found.", $"No product has the id '{productId}'.");
}
