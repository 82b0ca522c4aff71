using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Certificates.DeleteCertificate;

public sealed class DeleteCertificateEndpoint(VersionedRecordWriter writer) : Endpoint<CertificateChange>
{
    public override void Configure()
    {
        Delete("/certificates/{certificateId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("DeleteCertificate")
            .WithSummary("Remove a certificate")
            .WithDescription("From the next request it covers nothing: a destination that requires its standard finds the lines it covered " +
                "missing it, unless another certificate covers them. A declared certificate comes back if the product's certifications list " +
                "still names it when the product is next saved. Requires If-Match with its ETag (428 without, 412 when stale). Its " +
                "particulars stay in the audit trail. Deleting it again is 404.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(CertificateChange req, CancellationToken ct)
    {
        var outcome = await writer.DeleteAsync(CertificateTable.Instance, req.CertificateId, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(outcome.Problem ?? TypedResults.NoContent());
    }
}
