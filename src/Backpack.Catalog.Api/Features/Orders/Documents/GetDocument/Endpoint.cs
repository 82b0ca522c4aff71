using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using FastEndpoints;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Orders.Documents.GetDocument;

public sealed class GetDocumentEndpoint(IDbConnectionFactory connections, TimeProvider clock, IOptions<SellerOptions> seller) : Endpoint<DocumentRoute>
{
    public override void Configure()
    {
        Get("/orders/{orderId}/documents/{documentNumber}");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("GetDocument")
            .WithTags("Orders")
            .WithSummary("Read one trade document as data")
            .WithDescription("The figures its PDF prints: seller, buyer and consignee, the Incoterm with its place, each line with its HS code and " +
                "origin, and by type the prices and charges (invoices), cartons, weights, dimensions and volume (packing list) or the origin " +
                "declaration (certificate of origin). A proforma's total is the order total; a shipment's commercial invoices add up to it. A " +
                "number not listed for the order, or a cancelled shipment's document, is 404, as is another distributor's order.")
            .Produces<TradeDocumentResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(DocumentRoute req, CancellationToken ct)
    {
        var (document, problem) = await DocumentReads.DocumentAsync(connections, req, Caller.From(User), seller.Value, clock, ct);
        await Send.ResultAsync(problem is null ? TypedResults.Ok(document) : problem);
    }
}
