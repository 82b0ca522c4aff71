using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Variants.GetAdminVariant;

public sealed class GetAdminVariantEndpoint(CatalogueEditor editor) : Endpoint<SkuRoute>
{
    public override void Configure()
    {
        Get("/variants/{sku}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetAdminVariant")
            .WithSummary("Read a SKU's terms, price ladder and stock, with the ETag to change it by")
            .WithDescription("Archived SKUs included. Stock shows on hand, reserved by open orders, and available. The ETag is the " +
                "SKU's version, which orders also move when they reserve or ship its stock: send it as If-Match with PUT, " +
                "price-tiers, stock-adjustments, archive and restore.")
            .Produces<AdminVariantResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(SkuRoute req, CancellationToken ct)
    {
        var sku = req.Sku;
        var productId = await editor.ProductOfSkuAsync(sku, ct);
        var stored = productId is null ? null : await editor.FindAsync(productId, ct);
        await Send.ResultAsync(stored is null ? CatalogueEditor.SkuNotFound(sku) : AdminResults.Variant(stored, sku));
    }
}
