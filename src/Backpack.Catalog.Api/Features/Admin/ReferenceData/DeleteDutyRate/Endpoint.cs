using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.DeleteDutyRate;

public sealed class DeleteDutyRateEndpoint(VersionedRecordWriter reference) : Endpoint<DutyRateChange>
{
    public override void Configure()
    {
        Delete("/duty-rates/{country}/{hsHeading}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("DeleteDutyRate")
            .WithSummary("Remove the duty and import taxes for an HS heading into a country")
            .WithDescription("Quotes into the country for goods of the heading then answer duty, VAT and levies as unknown " +
                "(duty_rate_unknown), never as zero. Placed orders keep their breakdown. Requires If-Match with the rate's ETag " +
                "(428 without, 412 when stale). The removed figures stay in the audit trail. Deleting it again is 404.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(DutyRateChange req, CancellationToken ct)
    {
        var outcome = await reference.DeleteAsync(ReferenceTables.Duties, req.Key, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(outcome.Problem ?? TypedResults.NoContent());
    }
}
