using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Catalogue.GetImageFile;

public sealed class GetImageFileEndpoint(IDbConnectionFactory connections) : Endpoint<GetImageFileRequest>
{
    private const string SelectFormat = "SELECT f.format FROM image_files f WHERE f.sha256 = @Sha256";

    public override void Configure()
    {
        Get("/images/{fileName}");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("GetImageFile")
            .WithTags("Catalogue")
            .WithSummary("Download an image rendition")
            .WithDescription("The bytes of an image's original or rendition, by the content-addressed name its href gives. A name always serves " +
                "the same bytes, so the answer is Cache-Control: public, max-age=31536000, immutable, with the SHA-256 as a strong ETag " +
                "(If-None-Match with it gets 304). The name stays valid after its image is removed, for pages caches still hold. " +
                "A name no image file has is 404.")
            .Produces(StatusCodes.Status200OK, null, "image/webp", "image/jpeg", "image/png")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(GetImageFileRequest req, CancellationToken ct)
    {
        var sha256 = req.FileName[..64];
        var extension = req.FileName[65..];
        string? format;
        await using (var connection = await connections.OpenAsync(ct))
        {
            format = await connection.QuerySingleOrDefaultAsync<string>(connections.Dialect.Render(SelectFormat), new { Sha256 = sha256 });
        }

        await Send.ResultAsync(format is not null && ImageFormats.ByCode(format).Extension == extension
            ? new ImageFileResult(sha256, ImageFormats.ByCode(format))
            : Problems.NotFound("No such image file.", $"No image has a file named {req.FileName}."));
    }
}
