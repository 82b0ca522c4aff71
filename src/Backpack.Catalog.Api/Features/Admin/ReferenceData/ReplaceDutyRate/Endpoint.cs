using Backpack.Catalog.Api.Features.Admin.Versioned;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.ReplaceDutyRate;

public sealed class ReplaceDutyRateEndpoint(VersionedRecordWriter reference) : Endpoint<ReplaceDutyRateRequest>
{
    public override void Configure()
    {
        Put("/duty-rates/{country}/{hsHeading}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ReplaceDutyRate")
            .WithSummary("Replace the duty and import taxes for an HS heading into a country")
            .WithDescription("The whole rate, as on create; country and hsHeading may be left out. The next quote uses the new figures; " +
                "placed orders keep the breakdown they were placed with. Requires If-Match with the rate's ETag (428 without, 412 when " +
                "stale); answers the rate with its new ETag. Sending what is stored changes nothing and keeps the version. Audited.")
            .Accepts<DutyRateDocument>("application/json")
            .Produces<DutyRateResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ReplaceDutyRateRequest req, CancellationToken ct)
    {
        if (!Regex.IsMatch(req.Country, Countries.Pattern) || !Regex.IsMatch(req.HsHeading, ReferenceDataRules.HsHeadingPattern))
        {
            await Send.ResultAsync(VersionedRecordWriter.NotFound(ReferenceTables.Duties, req.Key));
            return;
        }

        if (VersionedResults.Violations(req.Body, (d, fail) =>
            {
                VersionedResults.SameKey(d.Country, req.Country, "country", fail);
                VersionedResults.SameKey(d.HsHeading, req.HsHeading, "hsHeading", fail);
                ReferenceDataRules.Check(d with { Country = req.Country, HsHeading = req.HsHeading }, fail);
            }) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var rate = ReferenceDataRules.ToRate(req.Country, req.HsHeading, req.Body, 1);
        var outcome = await reference.ReplaceAsync(ReferenceTables.Duties, rate, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, DutyRateResponse.From, r => r.ETag, ""));
    }
}
