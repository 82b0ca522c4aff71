using Backpack.Catalog.Api.Features.Admin.Certificates;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Compliance.GetCertificateDocument;

public sealed class GetCertificateDocumentEndpoint(IDbConnectionFactory connections) : Endpoint<CertificateRoute>
{
    public override void Configure()
    {
        Get("/certificates/{certificateId}/document");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("GetCertificateDocument")
            .WithTags("Catalogue")
            .WithSummary("Download a certificate's document")
            .WithDescription("The certificate as uploaded (PDF, PNG or JPEG), with its SHA-256 as a strong ETag and Content-Disposition: attachment. " +
                "Open to anyone, like the catalogue that links to it. A certificate with no uploaded document, or none of that id, is 404.")
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(CertificateRoute req, CancellationToken ct)
    {
        CertificateRow? row = null;
        if (CertificateIds.IsWellFormed(req.CertificateId))
        {
            await using var connection = await connections.OpenAsync(ct);
            row = await connection.QuerySingleOrDefaultAsync<CertificateRow>(connections.Dialect.Render(CertificateTable.SelectOne), new { req.CertificateId });
        }

        await Send.ResultAsync(row?.DocumentSha256 is { } sha
            ? new StoredFileResult(sha, FileFormats.ByCode(row.DocumentFormat!), row.DocumentName)
            : Problems.NotFound("No such document.", $"No certificate {req.CertificateId} with an uploaded document."));
    }
}
