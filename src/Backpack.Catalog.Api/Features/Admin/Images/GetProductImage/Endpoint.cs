using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Catalogue.Images;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Images.GetProductImage;

public sealed class GetProductImageEndpoint(VersionedRecordWriter writer) : Endpoint<ProductImageRoute>
{
    public override void Configure()
    {
        Get("/products/{productId}/images/{imageId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetProductImage")
            .WithSummary("Read one product image")
            .WithDescription("The image with its renditions, alt texts and its version as the ETag (send it as If-Match to change or remove it).")
            .Produces<AdminImageResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductImageRoute req, CancellationToken ct)
    {
        var row = await ProductImageLookup.FindAsync(writer, req, ct);
        await Send.ResultAsync(row is null
            ? VersionedRecordWriter.NotFound(ImageTable.Instance, req.ImageId)
            : VersionedResults.Answer(HttpContext, new VersionedWrite<ImageRow>(row, null), AdminImageResponse.From, r => r.Etag, ""));
    }
}
