using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;

namespace Backpack.Catalog.Api.Features.Admin.Variants.GetAdminVariant;

public static class GetAdminVariantEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/variants/{sku}", HandleAsync)
            .WithName("GetAdminVariant")
            .WithSummary("Read a SKU's terms, price ladder and stock, with the ETag to change it by")
            .WithDescription("Archived SKUs included. Stock shows on hand, reserved by open orders, and available. The ETag is the " +
                "SKU's version, which orders also move when they reserve or ship its stock: send it as If-Match with PUT, " +
                "price-tiers, stock-adjustments, archive and restore.")
            .Produces<AdminVariantResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        [Description("SKU, e.g. CL-METRO9-BLK.")] string sku, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        var productId = await editor.ProductOfSkuAsync(sku, cancellationToken);
        var stored = productId is null ? null : await editor.FindAsync(productId, cancellationToken);
        return stored is null ? CatalogueEditor.SkuNotFound(sku) : AdminResults.Variant(stored, sku);
    }
}
