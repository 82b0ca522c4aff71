using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.CreateDutyRate;

public sealed class CreateDutyRateEndpoint(VersionedRecordWriter reference) : Endpoint<DutyRateDocument>
{
    public override void Configure()
    {
        Post("/duty-rates");
        Group<AdminGroup>();
        Description(b => b
            .WithName("CreateDutyRate")
            .WithSummary("Add the duty and import taxes for an HS heading into a country")
            .WithDescription("Quotes into the country for goods of the heading use it from the next request: duty and levies on the " +
                "customs value (CIF or FOB, as valuationBasis says), VAT/GST on the customs value plus duty and levies. Every figure " +
                "is labelled an estimate with this source and as-of date. Every broken rule is reported at once (400); 409 when the " +
                "country already has a rate for the heading. Audited.")
            .Accepts<DutyRateDocument>("application/json")
            .Produces<DutyRateResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(DutyRateDocument req, CancellationToken ct)
    {
        if (VersionedResults.Violations(req, ReferenceDataRules.Check) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var rate = ReferenceDataRules.ToRate(req.Country!, req.HsHeading!, req, 1);
        var location = $"/v1/admin/duty-rates/{DutyRateTable.Key(rate.Country, rate.HsHeading)}";
        var outcome = await reference.CreateAsync(ReferenceTables.Duties, rate, location, Caller.From(User), ct);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, DutyRateResponse.From, r => r.ETag, location));
    }
}
