using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.DestinationRequirements.DeleteDestinationRequirement;

public sealed class DeleteDestinationRequirementEndpoint(VersionedRecordWriter writer) : Endpoint<DestinationRequirementChange>
{
    public override void Configure()
    {
        Delete("/destination-requirements/{requirementId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("DeleteDestinationRequirement")
            .WithSummary("Remove a destination requirement")
            .WithDescription("From the next request goods to that destination are no longer checked against it. Requires If-Match with its " +
                "ETag (428 without, 412 when stale). It stays in the audit trail. Deleting it again is 404.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(DestinationRequirementChange req, CancellationToken ct)
    {
        var outcome = await writer.DeleteAsync(DestinationRequirementTable.Instance, req.RequirementId, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(outcome.Problem ?? TypedResults.NoContent());
    }
}
