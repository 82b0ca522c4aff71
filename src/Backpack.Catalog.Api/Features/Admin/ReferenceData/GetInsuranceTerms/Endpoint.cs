using Backpack.Catalog.Api.Features.Admin.Versioned;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.GetInsuranceTerms;

public sealed class GetInsuranceTermsEndpoint(VersionedRecordWriter reference) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/insurance-terms");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetInsuranceTerms")
            .WithSummary("Read the supplier's cargo insurance terms")
            .WithDescription("The premium rate, the cover (% of the CIF value) and the minimum premium that CIF and CIP quotes insure on, " +
                "and that other rules show as the buyer's own estimate, with the version as the ETag to send in If-Match. 404 when no " +
                "terms are set: quotes then answer insurance as unknown (insurance_terms_unknown).")
            .Produces<InsuranceTermsResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var terms = await reference.FindAsync(ReferenceTables.Insurance, InsuranceTermsTable.Id, ct);
        await Send.ResultAsync(terms is null
            ? VersionedRecordWriter.NotFound(ReferenceTables.Insurance, InsuranceTermsTable.Id)
            : VersionedResults.Answer(HttpContext, new VersionedWrite<Trade.InsuranceTerms>(terms, null), InsuranceTermsResponse.From, r => r.ETag, ""));
    }
}
