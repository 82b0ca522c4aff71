using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.DeleteFreightLane;

public sealed class DeleteFreightLaneEndpoint(VersionedRecordWriter reference) : Endpoint<FreightLaneChange>
{
    public override void Configure()
    {
        Delete("/freight-lanes/{laneId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("DeleteFreightLane")
            .WithSummary("Remove a freight lane")
            .WithDescription("Quotes stop using it from the next request: a route left with no lane for a mode answers that mode's freight " +
                "as unknown (freight_rate_unknown), never as zero. Placed orders keep their breakdown. Requires If-Match with the lane's " +
                "ETag (428 without, 412 when stale). The removed lane's figures stay in the audit trail. Deleting it again is 404.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(FreightLaneChange req, CancellationToken ct)
    {
        var outcome = await reference.DeleteAsync(ReferenceTables.Lanes, req.LaneId, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(outcome.Problem ?? TypedResults.NoContent());
    }
}
