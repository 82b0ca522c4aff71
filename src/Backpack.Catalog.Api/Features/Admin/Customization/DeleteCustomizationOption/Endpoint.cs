using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Customization.DeleteCustomizationOption;

public sealed class DeleteCustomizationOptionEndpoint(VersionedRecordWriter writer) : Endpoint<CustomizationOptionChange>
{
    public override void Configure()
    {
        Delete("/customization-options/{optionId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("DeleteCustomizationOption")
            .WithSummary("Stop offering a customisation option")
            .WithDescription("Product reads stop listing it and a quote that names it gets customization_unknown. Placed orders keep " +
                "what they were priced with. The products it applied to are re-announced in the change feed. Requires If-Match with the " +
                "option's ETag (428 without, 412 when stale). The removed option stays in the audit trail. Deleting it again is 404.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(CustomizationOptionChange req, CancellationToken ct)
    {
        var outcome = await writer.DeleteAsync(CustomizationOptionTable.Instance, req.OptionId, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(outcome.Problem ?? TypedResults.NoContent());
    }
}
