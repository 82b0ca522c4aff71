using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Files;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Orders.PostProof;

public sealed class PostProofEndpoint(IDbConnectionFactory connections, IFileStore files, TimeProvider clock) : Endpoint<DesignRoute>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/designs/{design}/proofs");
        Group<AdminGroup>();
        // The upload reads and bounds its body itself (20 MiB of file), streaming it to disk.
        AllowFileUploads(dontAutoBindFormData: true);
        Description(b => b
            .WithName("PostProof")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .WithSummary("Post a proof of a design for the distributor to approve")
            .WithDescription("multipart/form-data with a part named file (the mock-up: PDF, PNG or JPEG by its content, at most 20 MiB) and " +
                "optionally a part named note (at most 500 characters). Allowed while the order is awaiting_artwork and the design has " +
                "artwork and no proof waiting for an answer (awaiting_proof or changes_requested); otherwise 409. Each proof is a new round " +
                "(at most 10 per design); the design becomes proof_sent. Recorded in the order's history as proof_posted and announced as " +
                "order.design_updated. 201 with the design, Location naming the proof's download.")
            .Produces<DesignResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(DesignRoute req, CancellationToken ct)
    {
        var upload = await MultipartUpload.ReadAsync(HttpContext.Request, ArtworkLimits.MaxFileBytes, ArtworkLimits.MaxNoteLength, ct);
        if (upload.Problem is not null)
        {
            await Send.ResultAsync(upload.Problem);
            return;
        }

        using var file = upload.File!;
        await Send.ResultAsync(await DesignChange.RunAsync(connections, req, Caller.From(User), context => PostAsync(context, file, upload.Note, ct), ct));
    }

    private async Task<DesignChange.Outcome> PostAsync(DesignContext context, UploadedFile file, string? note, CancellationToken cancellationToken)
    {
        var design = context.Design;
        if (file.Format is not { } format || !FileFormats.Proof.Contains(format))
        {
            return DesignChange.Outcome.Refuse(ArtworkProblems.WrongFileType(file.Format, FileFormats.Proof, "a proof"));
        }

        if (!DesignStates.TakesProof(design.State))
        {
            return DesignChange.Outcome.Refuse(ArtworkProblems.Conflict(context.Order, design, design.State == DesignStates.AwaitingArtwork
                ? $"Design {design.Design} has no artwork yet: a proof is made from the distributor's artwork."
                : $"Design {design.Design} is {design.State}: {DesignStates.WaitingFor(design.State)} comes first."));
        }

        if (context.Proofs.Count >= ArtworkLimits.MaxProofRounds)
        {
            return DesignChange.Outcome.Refuse(ArtworkProblems.Conflict(context.Order, design,
                $"Design {design.Design} has had {ArtworkLimits.MaxProofRounds} proof rounds, the most one design takes."));
        }

        await using (var content = file.OpenRead())
        {
            await files.PutAsync(file.Sha256, content, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var round = context.Proofs.Count + 1;
        await DesignStore.InsertProofAsync(context.Connection, context.Transaction, context.Sql, new ProofRow
        {
            OrderId = context.Order.OrderId, Design = design.Design, Round = round, Sha256 = file.Sha256, Format = format.Code,
            FileName = file.FileName,
            Bytes = file.Bytes, Note = note, PostedAtMs = now.ToUnixTimeMilliseconds(),
        });
        design.State = DesignStates.ProofSent;
        await DesignStore.SaveAsync(context.Connection, context.Transaction, context.Sql, design);
        if (!await context.RecordAsync(context.Order.Status, DesignSteps.ProofPosted, note ?? $"Proof round {round} posted.", now))
        {
            return DesignChange.Outcome.Refuse(OrderProblems.ChangedConcurrently(context.Order.OrderId));
        }

        var response = await DesignChange.ReadBackAsync(context);
        return new DesignChange.Outcome(TypedResults.Created(response.Proofs[^1].Href, response), true);
    }
}
