using Backpack.Catalog.Api.Features.Orders.Documents.Pdf;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Orders.Documents.GetDocumentPdf;

public sealed class GetDocumentPdfEndpoint(IDbConnectionFactory connections, TimeProvider clock, IOptions<SellerOptions> seller) : Endpoint<DocumentRoute>
{
    public override void Configure()
    {
        Get("/orders/{orderId}/documents/{documentNumber}/pdf");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("GetDocumentPdf")
            .WithTags("Orders")
            .WithSummary("Download one trade document as a PDF")
            .WithDescription("The document on A4, with Content-Disposition: attachment named by its number: the same figures as its JSON. A number " +
                "not listed for the order, or a cancelled shipment's document, is 404, as is another distributor's order. 503 when the server " +
                "has no font to set it in (the JSON still answers).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable), clearDefaults: true);
    }

    public override async Task HandleAsync(DocumentRoute req, CancellationToken ct)
    {
        var (document, problem) = await DocumentReads.DocumentAsync(connections, req, Caller.From(User), seller.Value, clock, ct);
        if (problem is not null)
        {
            await Send.ResultAsync(problem);
            return;
        }

        if (!DocumentFonts.TryInstall())
        {
            await Send.ResultAsync(TypedResults.Problem(title: "PDFs cannot be made here.", statusCode: StatusCodes.Status503ServiceUnavailable,
                type: ProblemTypes.Unavailable, detail: "The server has no font to set PDFs in (it looks for Liberation Sans, DejaVu Sans or Arial; " +
                $"Debian's fonts-liberation package has the first). The document is there as JSON at /v1/orders/{req.OrderId}/documents/{req.DocumentNumber}."));
            return;
        }

        await Send.ResultAsync(TypedResults.File(DocumentPdf.Render(document!), "application/pdf", $"{document!.Number}.pdf"));
    }
}
