using Backpack.Catalog.Api.Features.Payments;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Distributors.ReplacePaymentTerms;

public sealed class ReplacePaymentTermsEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<ReplacePaymentTermsInput>
{
    private const string UpdateTerms = """
        UPDATE distributors SET terms_json = @TermsJson, deposit_percent = @DepositPercent, payment_terms = @PaymentTerms, updated_at_ms = @NowMs
        WHERE distributor_id = @DistributorId;
        """;

    public override void Configure()
    {
        Put("/distributors/{distributorId}/payment-terms");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ReplacePaymentTerms")
            .WithSummary("Set a distributor's payment terms")
            .WithDescription("Replaces the account's terms: method, deposit, when the balance is due, and the credit limit (open-account) " +
                "or the letter of credit (lc), e.g. to record an amended or renewed L/C. New orders are placed on them; placed orders keep " +
                "the terms they were placed with. The terms in words become the new terms described. Answers the account.")
            .Accepts<PaymentTermsDocument>("application/json")
            .Produces<DistributorResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(ReplacePaymentTermsInput req, CancellationToken ct)
    {
        var terms = req.Body.ToTerms();
        await using var connection = await connections.OpenAsync(ct);
        var updated = await connection.ExecuteAsync(connections.Dialect.Render(UpdateTerms), new
        {
            req.DistributorId, TermsJson = terms.ToJson(), terms.DepositPercent, PaymentTerms = terms.Describe(),
            NowMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        });
        var row = updated == 1 ? await DistributorRow.FindAsync(connection, connections.Dialect, req.DistributorId) : null;
        await Send.ResultAsync(row is null
            ? Problems.NotFound("Distributor not found.", $"No distributor {req.DistributorId} exists.")
            : ETaggedJson.Of(row.ToResponse()));
    }
}
