using Backpack.Catalog.Api.Features.Admin.Versioned;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.GetDutyRate;

public sealed class GetDutyRateEndpoint(VersionedRecordWriter reference) : Endpoint<DutyRateRoute>
{
    public override void Configure()
    {
        Get("/duty-rates/{country}/{hsHeading}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetDutyRate")
            .WithSummary("Read the duty and import taxes for an HS heading into a country")
            .WithDescription("Duty, VAT/GST, levies and the valuation basis, with the rate's version as the ETag to send in If-Match.")
            .Produces<DutyRateResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(DutyRateRoute req, CancellationToken ct)
    {
        var rate = await reference.FindAsync(ReferenceTables.Duties, req.Key, ct);
        await Send.ResultAsync(rate is null
            ? VersionedRecordWriter.NotFound(ReferenceTables.Duties, req.Key)
            : VersionedResults.Answer(HttpContext, new VersionedWrite<Trade.DutyRate>(rate, null), DutyRateResponse.From, r => r.ETag, ""));
    }
}
