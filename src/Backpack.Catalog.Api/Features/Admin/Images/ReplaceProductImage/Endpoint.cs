using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Images.ReplaceProductImage;

public sealed class ReplaceProductImageEndpoint(VersionedRecordWriter writer, IDbConnectionFactory connections) : Endpoint<ReplaceProductImageRequest>
{
    private const string SkuOfProduct = "SELECT COUNT(*) FROM variants WHERE sku = @Sku AND product_id = @ProductId";

    public override void Configure()
    {
        Put("/products/{productId}/images/{imageId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ReplaceProductImage")
            .WithSummary("Set an image's colourway, position and alt texts")
            .WithDescription("The colourway it shows (a SKU of the product, or null for the product as a whole), its place in the gallery and its " +
                "alt text in each language (English required; de, fr, pt-BR and ar when given). The picture itself never changes: upload a new " +
                "one. Requires If-Match with the image's ETag (428 without, 412 when stale). Sending what is stored keeps the version. Audited; " +
                "the change feed reports the product.")
            .Accepts<Images.ImageDocument>("application/json")
            .Produces<AdminImageResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ReplaceProductImageRequest req, CancellationToken ct)
    {
        var stored = await ProductImageLookup.FindAsync(writer, req, ct);
        if (stored is null)
        {
            await Send.ResultAsync(VersionedRecordWriter.NotFound(ImageTable.Instance, req.ImageId));
            return;
        }

        var document = req.Body;
        if (VersionedResults.Violations(document, ImageDocument.Check) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        if (document.Sku is { } sku)
        {
            await using var connection = await connections.OpenAsync(ct);
            if (await connection.ExecuteScalarAsync<int>(connections.Dialect.Render(SkuOfProduct), new { Sku = sku, req.ProductId }) == 0)
            {
                await Send.ResultAsync(Problems.Validation("sku", $"{req.ProductId} has no SKU {sku}: name one of its SKUs, or null for the product as a whole."));
                return;
            }
        }

        var row = stored.With(document.Sku, document.Position!.Value, document.AltText!.Trimmed(), stored.Version);
        var outcome = await writer.ReplaceAsync(ImageTable.Instance, row, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, AdminImageResponse.From, r => r.Etag, ""));
    }
}
