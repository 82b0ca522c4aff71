using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Inspections.GetInspectionReport;

public sealed class GetInspectionReportEndpoint(IDbConnectionFactory connections) : Endpoint<InspectionRoute>
{
    public override void Configure()
    {
        Get("/orders/{orderId}/inspections/{round}/report");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("GetInspectionReport")
            .WithTags("Orders")
            .WithSummary("Download the report of an inspection round")
            .WithDescription("The inspector's report (PDF, PNG or JPEG), with its SHA-256 as a strong ETag and Content-Disposition: attachment. " +
                "Another distributor's order is 404.")
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(InspectionRoute req, CancellationToken ct)
    {
        if (!OrderIds.IsWellFormed(req.OrderId))
        {
            await Send.ResultAsync(OrderProblems.NotFound(req.OrderId));
            return;
        }

        var caller = Caller.From(User);
        await using var connection = await connections.OpenAsync(ct);
        var order = await OrderQueries.FindAsync(connection, connections.Dialect, req.OrderId, caller.IsAdmin ? null : caller.DistributorId);
        var round = order is null ? null : (await InspectionStore.RoundsAsync(connection, null, connections.Dialect, order.OrderId)).FirstOrDefault(r => r.Round == req.Round);
        await Send.ResultAsync(order is null ? OrderProblems.NotFound(req.OrderId)
            : round is null ? InspectionProblems.RoundNotFound(order.OrderId, req.Round)
            : round.ReportSha256 is { } sha ? new StoredFileResult(sha, FileFormats.ByCode(round.ReportFormat!), round.ReportFileName)
            : InspectionProblems.ReportNotFound(order.OrderId, req.Round));
    }
}
