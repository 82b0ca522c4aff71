using Backpack.Catalog.Api.Features.Payments;
using System.Security.Cryptography;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Distributors.CreateDistributor;

public sealed class CreateDistributorEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<CreateDistributorRequest>
{
    private const string InsertDistributor = """
        INSERT INTO distributors (
          distributor_id, company_name, country, default_currency, default_incoterm, deposit_percent, payment_terms,
          created_at_ms, updated_at_ms, terms_json)
        VALUES (@DistributorId, @CompanyName, @Country, @DefaultCurrency, @DefaultIncoterm, @DepositPercent, @PaymentTerms, @NowMs, @NowMs, @TermsJson);
        """;

    public override void Configure()
    {
        Post("/distributors");
        Group<AdminGroup>();
        Description(b => b
            .WithName("CreateDistributor")
            .WithSummary("Open a distributor account")
            .WithDescription("Creates the account with its default currency, Incoterm and payment terms (structured: method, deposit, when the balance is due, and the credit limit or letter of credit). Orders copy the terms at " +
                "placement, so later changes never alter placed orders. Then issue the distributor a key with POST /v1/admin/api-keys.")
            .Accepts<CreateDistributorRequest>("application/json")
            .ProducesValidationProblem()
            .Produces<DistributorResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateDistributorRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await CreateAsync(req, ct));

    private async Task<Created<DistributorResponse>> CreateAsync(CreateDistributorRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = "dst_" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 12);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var terms = request.ResolvedTerms();
        var words = request.PaymentTerms?.Trim() ?? terms.Describe();
        await connection.ExecuteAsync(connections.Dialect.Render(InsertDistributor), new
        {
            DistributorId = id, request.CompanyName, request.Country, request.DefaultCurrency, request.DefaultIncoterm,
            terms.DepositPercent, PaymentTerms = words, NowMs = now.ToUnixTimeMilliseconds(), TermsJson = terms.ToJson(),
        });
        var created = new DistributorResponse(id, request.CompanyName!, request.Country!, request.DefaultCurrency!, request.DefaultIncoterm!,
            terms.DepositPercent, words, PaymentTermsResponse.From(terms), now.UtcDateTime);
        return TypedResults.Created($"/v1/admin/distributors/{id}", created);
    }
}
