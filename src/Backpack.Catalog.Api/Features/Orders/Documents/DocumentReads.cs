using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>An order with what its documents are built from, as a distributor (its own orders only) or an admin reads it.</summary>
public sealed record DocumentSource(OrderQueries.WholeOrder Order, DocumentFacts Facts, IReadOnlyList<TradeDocumentRow> Register);

public static class DocumentReads
{
    /// <summary>The documents the order has now: its proforma invoice, and three for each shipment that was not cancelled.</summary>
    public static IReadOnlyList<(string Type, int Shipment)> Available(OrderQueries.WholeOrder whole) =>
    [
        (TradeDocumentTypes.ProformaInvoice, 0),
        .. whole.Shipments.Where(s => ShipmentStatuses.Holds(s.Status)).OrderBy(s => s.Number)
            .SelectMany(s => TradeDocumentTypes.PerShipment.Select(type => (type, s.Number))),
    ];

    /// <summary>Reads the order and its register; with <paramref name="issue"/>, numbers every document it has that has no number yet.</summary>
    public static async Task<DocumentSource?> ReadAsync(
        IDbConnectionFactory connections, string orderId, Caller caller, bool issue, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!OrderIds.IsWellFormed(orderId))
        {
            return null;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var whole = await OrderQueries.FindWholeAsync(connection, connections.Dialect, orderId, caller.IsAdmin ? null : caller.DistributorId);
        if (whole is null)
        {
            return null;
        }

        var register = issue
            ? await TradeDocumentStore.IssueAsync(connections, orderId, Available(whole), clock.GetUtcNow(), cancellationToken)
            : await TradeDocumentStore.OfOrderAsync(connection, connections.Dialect, orderId);
        return new DocumentSource(whole, await DocumentFacts.ReadAsync(connection, connections.Dialect, whole), register);
    }

    /// <summary>The document a route names, as the caller may read it, or the 404 that says why there is none.</summary>
    public static async Task<(TradeDocumentResponse? Document, ProblemHttpResult? Problem)> DocumentAsync(
        IDbConnectionFactory connections, DocumentRoute route, Caller caller, SellerOptions seller, TimeProvider clock, CancellationToken cancellationToken) =>
        await ReadAsync(connections, route.OrderId, caller, issue: false, clock, cancellationToken) is { } source
            ? Find(source, route.DocumentNumber, seller)
            : (null, OrderProblems.NotFound(route.OrderId));

    /// <summary>The document of that number, or the 404 that says why there is none.</summary>
    public static (TradeDocumentResponse? Document, ProblemHttpResult? Problem) Find(DocumentSource source, string number, SellerOptions seller)
    {
        var row = source.Register.FirstOrDefault(r => r.DocumentNumber == number);
        if (row is null)
        {
            return (null, Problems.NotFound("No such document.", $"Order {source.Order.Order.OrderId} has no document {number}; " +
                $"GET /v1/orders/{source.Order.Order.OrderId}/documents lists its documents and numbers them."));
        }

        return row.Shipment > 0 && source.Order.Shipments.Single(s => s.Number == row.Shipment).Status == ShipmentStatuses.Cancelled
            ? (null, Problems.NotFound("The document is void.", $"Document {number} was for shipment {row.Shipment} of order {row.OrderId}, which was cancelled."))
            : (new TradeDocumentBuilder(source.Order, source.Facts, seller).Build(row), null);
    }
}
