using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Files;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Artwork.UploadArtwork;

public sealed class UploadArtworkEndpoint(IDbConnectionFactory connections, IFileStore files, TimeProvider clock) : Endpoint<DesignRoute>
{
    public override void Configure()
    {
        Put("/orders/{orderId}/designs/{design}/artwork");
        Group<V1>();
        Policies(AuthPolicies.Distributor);
        // The upload reads and bounds its body itself (20 MiB of file), streaming it to disk.
        AllowFileUploads(dontAutoBindFormData: true);
        Description(b => b
            .WithName("UploadArtwork")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .WithTags("Orders")
            .WithSummary("Upload the artwork for one design of a customised order")
            .WithDescription("multipart/form-data with one part named file: PDF, SVG, AI, EPS or PNG (those the design's options take, listed " +
                "as its acceptedFormats), at most 20 MiB. The type is read from the file's content, never from its name or declared type: " +
                "anything else is 415 unsupported-file-type, an empty file 400, a larger one 413. The file is kept with its SHA-256, which " +
                "is the ETag it is served back with. Allowed while the order is awaiting_artwork and the design waits for artwork or a " +
                "new round (awaiting_artwork, awaiting_proof, changes_requested); uploading again replaces the file, at most 10 times per " +
                "design. The design then waits for the supplier's proof. Recorded in the order's history as artwork_uploaded and " +
                "announced as order.design_updated.")
            .Produces<DesignResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(DesignRoute req, CancellationToken ct)
    {
        var upload = await MultipartUpload.ReadAsync(HttpContext.Request, ArtworkLimits.MaxFileBytes, null, ct);
        if (upload.Problem is not null)
        {
            await Send.ResultAsync(upload.Problem);
            return;
        }

        using var file = upload.File!;
        await Send.ResultAsync(await DesignChange.RunAsync(connections, req, Caller.From(User), context => StoreAsync(context, file, ct), ct));
    }

    private async Task<DesignChange.Outcome> StoreAsync(DesignContext context, UploadedFile file, CancellationToken cancellationToken)
    {
        var design = context.Design;
        if (file.Format is not { } format || !design.Accepted.Contains(format))
        {
            return DesignChange.Outcome.Refuse(ArtworkProblems.WrongFileType(file.Format, design.Accepted, $"design {design.Design}"));
        }

        if (!DesignStates.TakesArtwork(design.State))
        {
            return DesignChange.Outcome.Refuse(ArtworkProblems.Conflict(context.Order, design,
                $"Design {design.Design} is {design.State}: proof round {context.Proofs.Count} waits for your answer. Ask for changes " +
                "(POST …/proofs/{round}/decision), then upload the new artwork."));
        }

        if (design.ArtworkUploads >= ArtworkLimits.MaxUploadsPerDesign)
        {
            return DesignChange.Outcome.Refuse(ArtworkProblems.Conflict(context.Order, design,
                $"Design {design.Design} has had artwork uploaded {ArtworkLimits.MaxUploadsPerDesign} times, the most one design takes. " +
                "Contact the supplier to go on."));
        }

        await using (var content = file.OpenRead())
        {
            await files.PutAsync(file.Sha256, content, cancellationToken);
        }

        var now = clock.GetUtcNow();
        design.State = DesignStates.AwaitingProof;
        design.ArtworkSha256 = file.Sha256;
        design.ArtworkFormat = format.Code;
        design.ArtworkFileName = file.FileName;
        design.ArtworkBytes = file.Bytes;
        design.ArtworkUploads++;
        design.ArtworkUploadedAtMs = now.ToUnixTimeMilliseconds();
        await DesignStore.SaveAsync(context.Connection, context.Transaction, context.Sql, design);
        var note = $"{design.ArtworkFileName ?? "artwork"} ({format.Code.ToUpperInvariant()}, {file.Bytes:N0} bytes, sha256 {file.Sha256[..12]}…)";
        if (!await context.RecordAsync(context.Order.Status, DesignSteps.ArtworkUploaded, note, now))
        {
            return DesignChange.Outcome.Refuse(OrderProblems.ChangedConcurrently(context.Order.OrderId));
        }

        return new DesignChange.Outcome(TypedResults.Ok(await DesignChange.ReadBackAsync(context)), true);
    }
}
