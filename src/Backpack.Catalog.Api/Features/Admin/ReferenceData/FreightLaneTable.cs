using Backpack.Catalog.Api.Features.Admin.Versioned;
using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

public sealed class FreightLaneTable : VersionedTable<FreightLane>
{
    private const string Values = """
        @LaneId, @Origin, @Destination, @Mode, @Currency, @RatePerCbmMinor, @Rate20GpMinor, @Rate40GpMinor, @Rate40HcMinor,
        @RatePerKgMinor, @MinimumMinor, @OriginChargesMinor, @TransitDays, @ValidFrom, @ValidTo, @Firm, @Source, @Version, @NowMs
        """;

    protected override string Insert => "INSERT INTO freight_lanes (" + TradeReference.LaneColumns + ", updated_at_ms)\nVALUES (" + Values + ")";

    protected override string Update => """
        UPDATE freight_lanes
        SET origin = @Origin, destination = @Destination, mode = @Mode, currency = @Currency, rate_per_cbm_minor = @RatePerCbmMinor,
          rate_20gp_minor = @Rate20GpMinor, rate_40gp_minor = @Rate40GpMinor, rate_40hc_minor = @Rate40HcMinor,
          rate_per_kg_minor = @RatePerKgMinor, minimum_minor = @MinimumMinor, origin_charges_minor = @OriginChargesMinor,
          transit_days = @TransitDays, valid_from = @ValidFrom, valid_to = @ValidTo, firm = @Firm, source = @Source, version = @Version,
          updated_at_ms = @NowMs
        WHERE lane_id = @LaneId AND version = @ExpectedVersion
        """;

    protected override string Delete => "DELETE FROM freight_lanes WHERE lane_id = @LaneId AND version = @Version";

    public const string SelectOne = "SELECT " + TradeReference.LaneColumns + "\nFROM freight_lanes\nWHERE lane_id = @LaneId";

    public override string Noun => "freight lane";

    public override string AuditType => AuditResources.FreightLane;

    public override string KeyOf(FreightLane record) => record.LaneId;

    public override int VersionOf(FreightLane record) => record.Version;

    public override FreightLane WithVersion(FreightLane record, int version) => record with { Version = version };

    public override object Answer(FreightLane record) => FreightLaneResponse.From(record);

    public override async Task<FreightLane?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key) =>
        (await connection.QuerySingleOrDefaultAsync<TradeReference.LaneRow>(sql.Render(SelectOne), new { LaneId = key }, transaction))?.ToLane();

    protected override object Parameters(FreightLane lane, long nowMs, int expectedVersion) => new
    {
        lane.LaneId, lane.Origin, lane.Destination, lane.Mode, lane.Currency, lane.RatePerCbmMinor, lane.Rate20GpMinor, lane.Rate40GpMinor,
        lane.Rate40HcMinor, lane.RatePerKgMinor, lane.MinimumMinor, lane.OriginChargesMinor, lane.TransitDays,
        ValidFrom = TradeReference.Format(lane.ValidFrom), ValidTo = TradeReference.Format(lane.ValidTo), lane.Firm, lane.Source,
        lane.Version, NowMs = nowMs, ExpectedVersion = expectedVersion,
    };
}
