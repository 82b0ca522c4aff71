using Backpack.Catalog.Api.Features.Admin.Versioned;
using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>The supplier has one set of insurance terms, stored as the row with terms_id 1.</summary>
public sealed class InsuranceTermsTable : VersionedTable<InsuranceTerms>
{
    public const string Id = "insurance";

    protected override string Insert => "INSERT INTO insurance_terms (terms_id, " + TradeReference.InsuranceColumns + ", updated_at_ms)\n" +
        "VALUES (1, @RatePpm, @CoverPercent, @MinimumPremiumMinor, @Currency, @AsOf, @Source, @Version, @NowMs)";

    protected override string Update => """
        UPDATE insurance_terms
        SET rate_ppm = @RatePpm, cover_percent = @CoverPercent, minimum_premium_minor = @MinimumPremiumMinor, currency = @Currency,
          as_of = @AsOf, source = @Source, version = @Version, updated_at_ms = @NowMs
        WHERE terms_id = 1 AND version = @ExpectedVersion
        """;

    protected override string Delete => "DELETE FROM insurance_terms WHERE terms_id = 1 AND version = @Version";

    private const string SelectOne = "SELECT " + TradeReference.InsuranceColumns + "\nFROM insurance_terms\nWHERE terms_id = 1";

    public override string Noun => "insurance terms";

    public override string AuditType => AuditResources.Insurance;

    public override string KeyOf(InsuranceTerms record) => Id;

    public override int VersionOf(InsuranceTerms record) => record.Version;

    public override InsuranceTerms WithVersion(InsuranceTerms record, int version) => record with { Version = version };

    public override object Answer(InsuranceTerms record) => InsuranceTermsResponse.From(record);

    public override async Task<InsuranceTerms?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key) =>
        (await connection.QuerySingleOrDefaultAsync<TradeReference.InsuranceRow>(sql.Render(SelectOne), transaction: transaction))?.ToTerms();

    protected override object Parameters(InsuranceTerms terms, long nowMs, int expectedVersion) => new
    {
        terms.RatePpm, terms.CoverPercent, terms.MinimumPremiumMinor, terms.Currency, AsOf = TradeReference.Format(terms.AsOf),
        terms.Source, terms.Version, NowMs = nowMs, ExpectedVersion = expectedVersion,
    };
}
