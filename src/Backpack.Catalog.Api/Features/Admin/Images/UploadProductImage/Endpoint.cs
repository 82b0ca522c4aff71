using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Files;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Images.UploadProductImage;

public sealed class UploadProductImageEndpoint(VersionedRecordWriter writer, IDbConnectionFactory connections, IFileStore files)
    : Endpoint<ProductImagesRoute>
{
    public const string SkuPart = "sku";
    public const string AltTextPart = "altText";
    public const string PositionPart = "position";

    private const string SelectProduct = "SELECT name FROM products WHERE product_id = @ProductId";
    private const string SelectColour = "SELECT colour FROM variants WHERE sku = @Sku AND product_id = @ProductId";

    public override void Configure()
    {
        Post("/products/{productId}/images");
        Group<AdminGroup>();
        // The upload reads and bounds its body itself (10 MiB of image), staging it on disk.
        AllowFileUploads(dontAutoBindFormData: true);
        Description(b => b
            .WithName("UploadProductImage")
            .WithSummary("Upload a product or colourway image")
            .WithDescription("multipart/form-data with a part named file: a JPEG, PNG or WebP image, at most 10 MiB and 8000 pixels a side, told by " +
                "decoding it, never by its name or Content-Type; a file that does not decode is 400 and nothing is stored. Optional text parts: " +
                "sku (a SKU of this product, when the picture shows that colourway), altText (English; default the product's name, and the " +
                "colour's) and position (1 to 1000; default after the last). The server makes w200 and w800 renditions in WebP and JPEG; " +
                "product and SKU reads list them from the next request. Alt texts in other languages, the SKU and the position change with PUT. " +
                "A product holds at most 20 images. Audited; the change feed reports the product.")
            .Produces<AdminImageResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductImagesRoute req, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var sql = connections.Dialect;
        var productName = await connection.QuerySingleOrDefaultAsync<string>(sql.Render(SelectProduct), new { req.ProductId });
        if (productName is null)
        {
            await Send.ResultAsync(Problems.NotFound("Product not found.", $"No product has the id '{req.ProductId}'."));
            return;
        }

        var upload = await MultipartUpload.ReadWithTextsAsync(HttpContext.Request, ImageRenditions.MaxBytes,
            new Dictionary<string, int> { [SkuPart] = 32, [AltTextPart] = LocalizedText.MaxLength, [PositionPart] = 4 }, ct);
        if (upload.Problem is not null)
        {
            await Send.ResultAsync(upload.Problem);
            return;
        }

        using var file = upload.File!;
        var sku = upload.Texts.GetValueOrDefault(SkuPart);
        var colour = sku is null ? null : await connection.QuerySingleOrDefaultAsync<string>(sql.Render(SelectColour), new { Sku = sku, req.ProductId });
        if (sku is not null && colour is null)
        {
            await Send.ResultAsync(Problems.Validation(SkuPart, $"{req.ProductId} has no SKU {sku}: name one of its SKUs, or leave sku out for the product as a whole."));
            return;
        }

        int? position = null;
        if (upload.Texts.GetValueOrDefault(PositionPart) is { } given)
        {
            if (!int.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked) || asked is < 1 or > ImageRules.MaxPosition)
            {
                await Send.ResultAsync(Problems.Validation(PositionPart, $"position must be a whole number from 1 to {ImageRules.MaxPosition}."));
                return;
            }

            position = asked;
        }

        var altText = new LocalizedText(upload.Texts.GetValueOrDefault(AltTextPart) ?? (colour is null ? productName : $"{productName} in {colour}"));
        if (VersionedResults.Violations(altText, (text, fail) => LocalizedText.Check(text, AltTextPart, fail)) is { } wrongText)
        {
            await Send.ResultAsync(wrongText);
            return;
        }

        if (await connection.ExecuteScalarAsync<int>(sql.Render(ImageTable.CountOfProduct), new { req.ProductId }) >= ImageRules.MaxPerProduct)
        {
            await Send.ResultAsync(TypedResults.Problem(title: "The product has as many images as it may.",
                detail: $"{req.ProductId} has {ImageRules.MaxPerProduct} images, the most a product may have. Remove one first.",
                statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.CatalogueStateConflict));
            return;
        }

        byte[] content;
        await using (var staged = file.OpenRead())
        {
            content = new byte[file.Bytes];
            await staged.ReadExactlyAsync(content, ct);
        }

        var image = ImageRenditions.Process(content);
        if (image.Problem is not null)
        {
            await Send.ResultAsync(Problems.Validation(MultipartUpload.FilePart, $"{image.Problem} Nothing was stored."));
            return;
        }

        position ??= Math.Min(ImageRules.MaxPosition, await connection.ExecuteScalarAsync<int>(sql.Render(ImageTable.LastPosition), new { req.ProductId }) + 1);
        var row = await ImageFiles.KeepAsync(files, req.ProductId, sku, position.Value, altText, file.FileName, image, ct);
        var location = $"/v1/admin/products/{req.ProductId}/images/{row.ImageId}";
        var outcome = await writer.CreateAsync(ImageTable.Instance, row, location, Caller.From(User), ct);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, AdminImageResponse.From, r => r.Etag, location));
    }
}
