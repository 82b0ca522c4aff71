using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Certificates.ReplaceCertificate;

public sealed class ReplaceCertificateEndpoint(VersionedRecordWriter writer, TimeProvider clock) : Endpoint<ReplaceCertificateRequest>
{
    public override void Configure()
    {
        Put("/certificates/{certificateId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ReplaceCertificate")
            .WithSummary("Replace a certificate's particulars")
            .WithDescription("The whole certificate, as on create: a renewal's new validity, a corrected number, a new document link. Its " +
                "standard, scope and subject stay what they are (a different one is another certificate: record it). A declared certificate " +
                "given its particulars becomes recorded, and the product's certifications list no longer manages it. Requires If-Match with " +
                "the certificate's ETag (428 without, 412 when stale). Sending what is stored changes nothing and keeps the version. Audited.")
            .Accepts<CertificateDocument>("application/json")
            .Produces<CertificateResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ReplaceCertificateRequest req, CancellationToken ct)
    {
        var stored = CertificateIds.IsWellFormed(req.CertificateId) ? await writer.FindAsync(CertificateTable.Instance, req.CertificateId, ct) : null;
        if (stored is null)
        {
            await Send.ResultAsync(VersionedRecordWriter.NotFound(CertificateTable.Instance, req.CertificateId));
            return;
        }

        var document = req.Body;
        if (VersionedResults.Violations(document, (d, fail) =>
            {
                CertificateRules.Check(d, fail);
                var asked = d.ToRowOrNull();
                if (asked is not null && (asked.Standard, asked.Scope, asked.Sku, asked.ProductId, asked.FactoryCountry) !=
                    (stored.Standard, stored.Scope, stored.Sku, stored.ProductId, stored.FactoryCountry))
                {
                    fail("standard", $"A certificate keeps its standard, scope and subject ({stored.Standard}, {stored.Scope} " +
                        $"{stored.Sku ?? stored.ProductId ?? stored.FactoryCountry}); record a different one with POST /v1/admin/certificates.");
                }
            }) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var row = document.ToRow(stored.CertificateId);
        (row.CreatedAtMs, row.DocumentSha256, row.DocumentFormat, row.DocumentName, row.DocumentBytes) =
            (stored.CreatedAtMs, stored.DocumentSha256, stored.DocumentFormat, stored.DocumentName, stored.DocumentBytes);
        var outcome = await writer.ReplaceAsync(CertificateTable.Instance, row, req.IfMatch, Caller.From(User), ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, r => CertificateResponse.From(r, today), r => r.Etag, ""));
    }
}
