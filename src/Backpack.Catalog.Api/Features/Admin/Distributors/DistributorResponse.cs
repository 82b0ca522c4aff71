using Backpack.Catalog.Api.Features.Payments;
using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Distributors.CreateDistributor;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Distributors;

/// <summary>A distributor account and the commercial terms its orders are placed on.</summary>
/// <param name="DepositPercent">Share of each order's subtotal due as deposit on confirmation (0 for open account).</param>
/// <param name="PaymentTerms">The terms in words, copied onto every order.</param>
/// <param name="Terms">The terms as orders apply them: method, deposit, when the balance is due, credit limit or letter of credit.</param>
public sealed record DistributorResponse(
    [property: Identifier(Ids.Distributor)] string Id,
    [property: MaxLength(CreateDistributorRequest.MaxCompanyNameLength)] string CompanyName,
    [property: RegularExpression(Countries.Pattern), MaxLength(Countries.CodeLength)] string Country,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string DefaultCurrency,
    [property: OneOf(typeof(Incoterms), nameof(Incoterms.All))] string DefaultIncoterm,
    [property: Range(0, 100)] int DepositPercent,
    [property: MaxLength(CreateDistributorRequest.MaxPaymentTermsLength)] string PaymentTerms,
    PaymentTermsResponse Terms,
    DateTime CreatedAt)
{
    public static DistributorResponse Example => new(
        DocumentExamples.DistributorId, "Nairobi Outfitters Ltd", "KE", "KES", "CIF", 30,
        "T/T: 30 % deposit on confirmation, 70 % balance before shipment", PaymentTermsResponse.Example, DocumentExamples.CreatedAt);
}

public sealed class DistributorRow
{
    public const string Select = """
        SELECT d.distributor_id, d.company_name, d.country, d.default_currency, d.default_incoterm, d.deposit_percent,
          d.payment_terms, d.created_at_ms, d.terms_json
        FROM distributors d
        """;

    private const string SelectOne = Select + "\nWHERE d.distributor_id = @DistributorId;";

    public string DistributorId { get; init; } = "";
    public string CompanyName { get; init; } = "";
    public string Country { get; init; } = "";
    public string DefaultCurrency { get; init; } = "";
    public string DefaultIncoterm { get; init; } = "";
    public int DepositPercent { get; init; }
    public string PaymentTerms { get; init; } = "";
    public long CreatedAtMs { get; init; }

    public string? TermsJson { get; init; }

    /// <summary>The structured terms; an account from before them is T/T with its deposit and the balance before shipment.</summary>
    public Payments.PaymentTerms Terms => Payments.PaymentTerms.Parse(TermsJson) ?? Payments.PaymentTerms.Legacy(DepositPercent);

    public DistributorResponse ToResponse() => new(DistributorId, CompanyName, Country, DefaultCurrency, DefaultIncoterm, DepositPercent,
        PaymentTerms, PaymentTermsResponse.From(Terms), DateTimeOffset.FromUnixTimeMilliseconds(CreatedAtMs).UtcDateTime);

    public static async Task<DistributorRow?> FindAsync(DbConnection connection, SqlDialect sql, string distributorId) =>
        await connection.QuerySingleOrDefaultAsync<DistributorRow>(sql.Render(SelectOne), new { DistributorId = distributorId });
}
