using System.Data.Common;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>Inserts of freight lanes, duty rates and insurance terms.</summary>
public static class ReferenceDataSql
{
    private const string InsertLane = """
        INSERT INTO freight_lanes (
          lane_id, origin, destination, mode, currency, rate_per_cbm_minor, rate_20gp_minor, rate_40gp_minor, rate_40hc_minor,
          rate_per_kg_minor, minimum_minor, origin_charges_minor, transit_days, valid_from, valid_to, firm, source, version, updated_at_ms)
        VALUES (
          @LaneId, @Origin, @Destination, @Mode, @Currency, @RatePerCbmMinor, @Rate20GpMinor, @Rate40GpMinor, @Rate40HcMinor,
          @RatePerKgMinor, @MinimumMinor, @OriginChargesMinor, @TransitDays, @ValidFrom, @ValidTo, @Firm, @Source, @Version, @NowMs)
        """;

    private const string InsertDuty = """
        INSERT INTO duty_rates (
          country, hs_heading, duty_ppm, vat_name, vat_ppm, levies_json, valuation_basis, as_of, source, version, updated_at_ms)
        VALUES (@Country, @HsHeading, @DutyPpm, @VatName, @VatPpm, @LeviesJson, @ValuationBasis, @AsOf, @Source, @Version, @NowMs)
        """;

    private const string InsertInsurance = """
        INSERT INTO insurance_terms (terms_id, rate_ppm, cover_percent, minimum_premium_minor, currency, as_of, source, version, updated_at_ms)
        VALUES (1, @RatePpm, @CoverPercent, @MinimumPremiumMinor, @Currency, @AsOf, @Source, @Version, @NowMs)
        """;

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, FreightLane lane, long nowMs) =>
        await connection.ExecuteAsync(sql.Render(InsertLane), new
        {
            lane.LaneId, lane.Origin, lane.Destination, lane.Mode, lane.Currency, lane.RatePerCbmMinor, lane.Rate20GpMinor, lane.Rate40GpMinor,
            lane.Rate40HcMinor, lane.RatePerKgMinor, lane.MinimumMinor, lane.OriginChargesMinor, lane.TransitDays,
            ValidFrom = TradeReference.Format(lane.ValidFrom), ValidTo = TradeReference.Format(lane.ValidTo), lane.Firm, lane.Source,
            lane.Version, NowMs = nowMs,
        }, transaction);

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, DutyRate duty, long nowMs) =>
        await connection.ExecuteAsync(sql.Render(InsertDuty), new
        {
            duty.Country, duty.HsHeading, duty.DutyPpm, duty.VatName, duty.VatPpm, LeviesJson = TradeReference.LeviesToJson(duty.Levies),
            duty.ValuationBasis, AsOf = TradeReference.Format(duty.AsOf), duty.Source, duty.Version, NowMs = nowMs,
        }, transaction);

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, InsuranceTerms terms, long nowMs) =>
        await connection.ExecuteAsync(sql.Render(InsertInsurance), new
        {
            terms.RatePpm, terms.CoverPercent, terms.MinimumPremiumMinor, terms.Currency, AsOf = TradeReference.Format(terms.AsOf),
            terms.Source, terms.Version, NowMs = nowMs,
        }, transaction);
}
