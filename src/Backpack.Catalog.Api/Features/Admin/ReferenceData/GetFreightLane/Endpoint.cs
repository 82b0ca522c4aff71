using Backpack.Catalog.Api.Features.Admin.Versioned;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.GetFreightLane;

public sealed class GetFreightLaneEndpoint(VersionedRecordWriter reference) : Endpoint<FreightLaneRoute>
{
    public override void Configure()
    {
        Get("/freight-lanes/{laneId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetFreightLane")
            .WithSummary("Read a freight lane")
            .WithDescription("The lane's rates, minimum, origin charges, transit days and validity, with its version as the ETag to send in If-Match.")
            .Produces<FreightLaneResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(FreightLaneRoute req, CancellationToken ct)
    {
        var lane = await reference.FindAsync(ReferenceTables.Lanes, req.LaneId, ct);
        await Send.ResultAsync(lane is null
            ? VersionedRecordWriter.NotFound(ReferenceTables.Lanes, req.LaneId)
            : VersionedResults.Answer(HttpContext, new VersionedWrite<Trade.FreightLane>(lane, null), FreightLaneResponse.From, r => r.ETag, ""));
    }
}
