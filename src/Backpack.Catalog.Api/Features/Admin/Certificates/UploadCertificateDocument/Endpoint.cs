using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Files;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Certificates.UploadCertificateDocument;

public sealed class UploadCertificateDocumentEndpoint(VersionedRecordWriter writer, IFileStore files, TimeProvider clock) : Endpoint<CertificateChange>
{
    public override void Configure()
    {
        Put("/certificates/{certificateId}/document");
        Group<AdminGroup>();
        // The upload reads and bounds its body itself (20 MiB of file), streaming it to disk.
        AllowFileUploads(dontAutoBindFormData: true);
        Description(b => b
            .WithName("UploadCertificateDocument")
            .WithSummary("Upload a certificate's document")
            .WithDescription("multipart/form-data with one part named file: the certificate as issued, a PDF, PNG or JPEG by its content, at most " +
                "20 MiB. It replaces any document uploaded before, and downloads from GET /v1/certificates/{certificateId}/document, which " +
                "product reads link to. Requires If-Match with the certificate's ETag (428 without, 412 when stale); answers the certificate " +
                "with its new ETag. Another type is 415 unsupported-file-type. Audited.")
            .Produces<CertificateResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(CertificateChange req, CancellationToken ct)
    {
        var stored = CertificateIds.IsWellFormed(req.CertificateId) ? await writer.FindAsync(CertificateTable.Instance, req.CertificateId, ct) : null;
        if (stored is null)
        {
            await Send.ResultAsync(VersionedRecordWriter.NotFound(CertificateTable.Instance, req.CertificateId));
            return;
        }

        var upload = await MultipartUpload.ReadAsync(HttpContext.Request, ArtworkLimits.MaxFileBytes, null, ct);
        if (upload.Problem is not null)
        {
            await Send.ResultAsync(upload.Problem);
            return;
        }

        using var file = upload.File!;
        if (file.Format is not { } format || !FileFormats.Proof.Contains(format))
        {
            await Send.ResultAsync(ArtworkProblems.WrongFileType(file.Format, FileFormats.Proof, "a certificate"));
            return;
        }

        await using (var content = file.OpenRead())
        {
            await files.PutAsync(file.Sha256, content, ct);
        }

        var row = CertificateTable.Instance.WithVersion(stored, stored.Version);
        (row.DocumentSha256, row.DocumentFormat, row.DocumentName, row.DocumentBytes) = (file.Sha256, format.Code, file.FileName, file.Bytes);
        var outcome = await writer.ReplaceAsync(CertificateTable.Instance, row, req.IfMatch, Caller.From(User), ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, r => CertificateResponse.From(r, today), r => r.Etag, ""));
    }
}
