using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.ReplaceInsuranceTerms;

public sealed class ReplaceInsuranceTermsEndpoint(VersionedRecordWriter reference) : Endpoint<ReplaceInsuranceTermsRequest>
{
    private const string Location = "/v1/admin/insurance-terms";

    public override void Configure()
    {
        Put("/insurance-terms");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ReplaceInsuranceTerms")
            .WithSummary("Set the supplier's cargo insurance terms")
            .WithDescription("The whole terms. The next quote insures on them; placed orders keep the breakdown they were placed with. " +
                "Requires If-Match with the terms' ETag when terms are stored (428 without, 412 when stale); on a database with none, " +
                "a PUT without If-Match sets them (201). Sending what is stored changes nothing and keeps the version. Audited.")
            .Accepts<InsuranceDocument>("application/json")
            .Produces<InsuranceTermsResponse>()
            .Produces<InsuranceTermsResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ReplaceInsuranceTermsRequest req, CancellationToken ct)
    {
        if (VersionedResults.Violations(req.Body, ReferenceDataRules.Check) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var terms = ReferenceDataRules.ToTerms(req.Body, 1);
        var outcome = await reference.ReplaceAsync(ReferenceTables.Insurance, terms, req.IfMatch, Caller.From(User), ct, createWhenAbsent: true);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, InsuranceTermsResponse.From, r => r.ETag, Location));
    }
}
