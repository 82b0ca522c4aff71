using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.CreateFreightLane;

public sealed class CreateFreightLaneEndpoint(VersionedRecordWriter reference) : Endpoint<FreightLaneDocument>
{
    public override void Configure()
    {
        Post("/freight-lanes");
        Group<AdminGroup>();
        Description(b => b
            .WithName("CreateFreightLane")
            .WithSummary("Add a freight lane")
            .WithDescription("A lane prices one mode from a place the supplier ships from to a place it ships to. sea-lcl takes ratePerCbm " +
                "(per W/M revenue ton), sea-fcl the three container rates, air and courier ratePerKg (per chargeable kg); a rate that " +
                "does not apply to the mode is refused. Quotes use the lane from the next request for shipments leaving between " +
                "validFrom and validTo; unless firm, every figure costed from it is labelled an estimate. Every broken rule is reported " +
                "at once (400); 409 when the id is taken. Audited.")
            .Accepts<FreightLaneDocument>("application/json")
            .Produces<FreightLaneResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(FreightLaneDocument req, CancellationToken ct)
    {
        if (VersionedResults.Violations(req, ReferenceDataRules.Check) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var lane = ReferenceDataRules.ToLane(req.Id!, req, 1);
        var outcome = await reference.CreateAsync(ReferenceTables.Lanes, lane, $"/v1/admin/freight-lanes/{lane.LaneId}", Caller.From(User), ct);
        await Send.ResultAsync(VersionedResults.Answer(
            HttpContext, outcome, FreightLaneResponse.From, r => r.ETag, $"/v1/admin/freight-lanes/{lane.LaneId}"));
    }
}
