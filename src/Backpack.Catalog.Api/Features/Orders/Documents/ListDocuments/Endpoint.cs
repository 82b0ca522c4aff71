using System.Globalization;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Documents.ListDocuments;

public sealed class ListDocumentsEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<OrderRoute>
{
    public override void Configure()
    {
        Get("/orders/{orderId}/documents");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("ListDocuments")
            .WithTags("Orders")
            .WithSummary("List an order's trade documents")
            .WithDescription("The proforma invoice, and for each shipment booked (not cancelled) its commercial invoice, packing list and " +
                "certificate-of-origin data sheet. A document is numbered the first time it is listed, by type and year (PI, CI, PL, CO, e.g. " +
                "CI-2026-000017), and keeps that number. Each item links to the document as JSON and as PDF. Another distributor's order is 404.")
            .Produces<TradeDocumentListResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderRoute req, CancellationToken ct)
    {
        var source = await DocumentReads.ReadAsync(connections, req.OrderId, Caller.From(User), issue: true, clock, ct);
        if (source is null)
        {
            await Send.ResultAsync(OrderProblems.NotFound(req.OrderId));
            return;
        }

        var orderId = source.Order.Order.OrderId;
        var numbered = DocumentReads.Available(source.Order).Select(a => source.Register.FirstOrDefault(r => r.DocumentType == a.Type && r.Shipment == a.Shipment)).ToList();
        if (numbered.Any(r => r is null))
        {
            // Only when other requests kept taking the next number first, several times over.
            await Send.ResultAsync(TypedResults.Problem(title: "The documents could not be numbered now.", statusCode: StatusCodes.Status503ServiceUnavailable,
                type: Infrastructure.Errors.ProblemTypes.Unavailable, detail: "Other documents were being numbered at the same moment; list them again."));
            return;
        }

        var items = numbered.Select(r => r!).Select(r =>
            new TradeDocumentSummaryResponse(r.DocumentNumber, r.DocumentType, TradeDocumentTypes.Title(r.DocumentType), r.Shipment == 0 ? null : r.Shipment,
                DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(r.IssuedAtMs).UtcDateTime),
                string.Create(CultureInfo.InvariantCulture, $"/v1/orders/{orderId}/documents/{r.DocumentNumber}"),
                string.Create(CultureInfo.InvariantCulture, $"/v1/orders/{orderId}/documents/{r.DocumentNumber}/pdf"))).ToList();
        await Send.ResultAsync(TypedResults.Ok(new TradeDocumentListResponse(orderId, items)));
    }
}
