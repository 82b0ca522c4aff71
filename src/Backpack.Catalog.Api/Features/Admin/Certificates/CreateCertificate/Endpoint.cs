using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Certificates.CreateCertificate;

public sealed class CreateCertificateEndpoint(VersionedRecordWriter writer, IDbConnectionFactory connections, TimeProvider clock) : Endpoint<CertificateDocument>
{
    public override void Configure()
    {
        Post("/certificates");
        Group<AdminGroup>();
        Description(b => b
            .WithName("CreateCertificate")
            .WithSummary("Record a certificate")
            .WithDescription("A certificate of one standard for a SKU, a product (and its SKUs) or a factory (everything made in its country), " +
                "with its issuer, number, validity and a link to its document. From the next request, quotes, validations and orders to a " +
                "destination that requires the standard count it while it is valid, and the catalogue's certification filter finds the " +
                "product. Every broken rule is reported at once (400), as is a SKU or product the catalogue does not have. Audited.")
            .Accepts<CertificateDocument>("application/json")
            .Produces<CertificateResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(CertificateDocument req, CancellationToken ct)
    {
        if (VersionedResults.Violations(req, CertificateRules.Check) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        await using (var connection = await connections.OpenAsync(ct))
        {
            if (await CertificateSubjects.MissingAsync(connection, connections.Dialect, req) is { } missing)
            {
                await Send.ResultAsync(Problems.Validation(missing.Member, missing.Message));
                return;
            }
        }

        var row = req.ToRow(CertificateIds.New());
        var location = $"/v1/admin/certificates/{row.CertificateId}";
        var outcome = await writer.CreateAsync(CertificateTable.Instance, row, location, Caller.From(User), ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, r => CertificateResponse.From(r, today), r => r.Etag, location));
    }
}
