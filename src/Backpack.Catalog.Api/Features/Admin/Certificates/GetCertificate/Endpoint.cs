using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Compliance;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Certificates.GetCertificate;

public sealed class GetCertificateEndpoint(VersionedRecordWriter writer, TimeProvider clock) : Endpoint<CertificateRoute>
{
    public override void Configure()
    {
        Get("/certificates/{certificateId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetCertificate")
            .WithSummary("Read one certificate")
            .WithDescription("The certificate with its validity today and its version as the ETag (send it as If-Match to change or remove it).")
            .Produces<CertificateResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(CertificateRoute req, CancellationToken ct)
    {
        var row = CertificateIds.IsWellFormed(req.CertificateId) ? await writer.FindAsync(CertificateTable.Instance, req.CertificateId, ct) : null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await Send.ResultAsync(row is null
            ? VersionedRecordWriter.NotFound(CertificateTable.Instance, req.CertificateId)
            : VersionedResults.Answer(HttpContext, new VersionedWrite<CertificateRow>(row, null), r => CertificateResponse.From(r, today), r => r.Etag, ""));
    }
}
