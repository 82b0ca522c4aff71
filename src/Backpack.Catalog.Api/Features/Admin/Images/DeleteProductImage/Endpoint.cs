using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Images.DeleteProductImage;

public sealed class DeleteProductImageEndpoint(VersionedRecordWriter writer) : Endpoint<ProductImageChange>
{
    public override void Configure()
    {
        Delete("/products/{productId}/images/{imageId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("DeleteProductImage")
            .WithSummary("Remove a product image")
            .WithDescription("From the next request product and SKU reads no longer list it. Its files keep serving at their immutable URLs, for " +
                "pages caches still hold. Requires If-Match with its ETag (428 without, 412 when stale). Audited; the change feed reports the " +
                "product. Deleting it again is 404.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductImageChange req, CancellationToken ct)
    {
        if (await ProductImageLookup.FindAsync(writer, req, ct) is null)
        {
            await Send.ResultAsync(VersionedRecordWriter.NotFound(ImageTable.Instance, req.ImageId));
            return;
        }

        var outcome = await writer.DeleteAsync(ImageTable.Instance, req.ImageId, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(outcome.Problem ?? TypedResults.NoContent());
    }
}
