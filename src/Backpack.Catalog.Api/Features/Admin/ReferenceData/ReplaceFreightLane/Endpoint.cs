using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.ReplaceFreightLane;

public sealed class ReplaceFreightLaneEndpoint(VersionedRecordWriter reference) : Endpoint<ReplaceFreightLaneRequest>
{
    public override void Configure()
    {
        Put("/freight-lanes/{laneId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ReplaceFreightLane")
            .WithSummary("Replace a freight lane's rates and terms")
            .WithDescription("The whole lane, as on create; id may be left out. The next quote uses the new figures; placed orders keep " +
                "the breakdown they were placed with. Requires If-Match with the lane's ETag (428 without, 412 when stale); answers " +
                "the lane with its new ETag. Sending what is stored changes nothing and keeps the version. Audited.")
            .Accepts<FreightLaneDocument>("application/json")
            .Produces<FreightLaneResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ReplaceFreightLaneRequest req, CancellationToken ct)
    {
        if (!FreightLaneRules.IsLaneId(req.LaneId))
        {
            await Send.ResultAsync(VersionedRecordWriter.NotFound(ReferenceTables.Lanes, req.LaneId));
            return;
        }

        var document = req.Body;
        if (VersionedResults.Violations(document, (d, fail) =>
            {
                VersionedResults.SameKey(d.Id, req.LaneId, "id", fail);
                ReferenceDataRules.Check(d with { Id = req.LaneId }, fail);
            }) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var lane = ReferenceDataRules.ToLane(req.LaneId, document, 1);
        var outcome = await reference.ReplaceAsync(ReferenceTables.Lanes, lane, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, FreightLaneResponse.From, r => r.ETag, ""));
    }

}
