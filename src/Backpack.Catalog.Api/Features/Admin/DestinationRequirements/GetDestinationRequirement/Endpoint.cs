using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Compliance;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.DestinationRequirements.GetDestinationRequirement;

public sealed class GetDestinationRequirementEndpoint(VersionedRecordWriter writer) : Endpoint<DestinationRequirementRoute>
{
    public override void Configure()
    {
        Get("/destination-requirements/{requirementId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetDestinationRequirement")
            .WithSummary("Read one destination requirement")
            .WithDescription("The requirement with its version as the ETag (send it as If-Match to replace or remove it).")
            .Produces<DestinationRequirementResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(DestinationRequirementRoute req, CancellationToken ct)
    {
        var row = Regex.IsMatch(req.RequirementId, ComplianceLimits.RequirementIdPattern)
            ? await writer.FindAsync(DestinationRequirementTable.Instance, req.RequirementId, ct)
            : null;
        await Send.ResultAsync(row is null
            ? VersionedRecordWriter.NotFound(DestinationRequirementTable.Instance, req.RequirementId)
            : VersionedResults.Answer(HttpContext, new VersionedWrite<DestinationRequirementRow>(row, null), DestinationRequirementResponse.From, r => r.Etag, ""));
    }
}
