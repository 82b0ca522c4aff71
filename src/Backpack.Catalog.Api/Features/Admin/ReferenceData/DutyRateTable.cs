using Backpack.Catalog.Api.Features.Admin.Versioned;
using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

public sealed class DutyRateTable : VersionedTable<DutyRate>
{
    protected override string Insert => "INSERT INTO duty_rates (" + TradeReference.DutyColumns + ", updated_at_ms)\n" +
        "VALUES (@Country, @HsHeading, @DutyPpm, @VatName, @VatPpm, @LeviesJson, @ValuationBasis, @AsOf, @Source, @Version, @NowMs)";

    protected override string Update => """
        UPDATE duty_rates
        SET duty_ppm = @DutyPpm, vat_name = @VatName, vat_ppm = @VatPpm, levies_json = @LeviesJson, valuation_basis = @ValuationBasis,
          as_of = @AsOf, source = @Source, version = @Version, updated_at_ms = @NowMs
        WHERE country = @Country AND hs_heading = @HsHeading AND version = @ExpectedVersion
        """;

    protected override string Delete => "DELETE FROM duty_rates WHERE country = @Country AND hs_heading = @HsHeading AND version = @Version";

    private const string SelectOne = "SELECT " + TradeReference.DutyColumns + "\nFROM duty_rates\nWHERE country = @Country AND hs_heading = @HsHeading";

    public override string Noun => "duty rate";

    public override string AuditType => AuditResources.DutyRate;

    /// <summary>A rate's id: its country and HS heading, as in its URL, e.g. KE/4202.92.</summary>
    public static string Key(string country, string hsHeading) => $"{country}/{hsHeading}";

    public override string KeyOf(DutyRate record) => Key(record.Country, record.HsHeading);

    public override int VersionOf(DutyRate record) => record.Version;

    public override DutyRate WithVersion(DutyRate record, int version) => record with { Version = version };

    public override object Answer(DutyRate record) => DutyRateResponse.From(record);

    public override async Task<DutyRate?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key)
    {
        var parts = key.Split('/');
        return parts.Length != 2
            ? null
            : (await connection.QuerySingleOrDefaultAsync<TradeReference.DutyRow>(
                sql.Render(SelectOne), new { Country = parts[0], HsHeading = parts[1] }, transaction))?.ToRate();
    }

    protected override object Parameters(DutyRate duty, long nowMs, int expectedVersion) => new
    {
        duty.Country, duty.HsHeading, duty.DutyPpm, duty.VatName, duty.VatPpm, LeviesJson = TradeReference.LeviesToJson(duty.Levies),
        duty.ValuationBasis, AsOf = TradeReference.Format(duty.AsOf), duty.Source, duty.Version, NowMs = nowMs, ExpectedVersion = expectedVersion,
    };
}
