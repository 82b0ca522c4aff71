using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Admin.PriceLists;

/// <summary>Price lists, one per distributor and keyed by the distributor's id.</summary>
public sealed class PriceListTable : VersionedTable<PriceList>
{
    public static readonly PriceListTable Instance = new();

    protected override string Insert => """
        INSERT INTO price_lists (distributor_id, name, valid_from, valid_to, family_discounts_json, sku_ladders_json, version, updated_at_ms)
        VALUES (@DistributorId, @Name, @ValidFrom, @ValidTo, @FamilyDiscountsJson, @SkuLaddersJson, @Version, @NowMs)
        """;

    protected override string Update => """
        UPDATE price_lists
        SET name = @Name, valid_from = @ValidFrom, valid_to = @ValidTo, family_discounts_json = @FamilyDiscountsJson,
          sku_ladders_json = @SkuLaddersJson, version = @Version, updated_at_ms = @NowMs
        WHERE distributor_id = @DistributorId AND version = @ExpectedVersion
        """;

    protected override string Delete => "DELETE FROM price_lists WHERE distributor_id = @DistributorId AND version = @Version";

    public override string Noun => "price list";

    public override string AuditType => AuditResources.PriceList;

    public override string KeyOf(PriceList record) => record.DistributorId;

    public override int VersionOf(PriceList record) => record.Version;

    public override PriceList WithVersion(PriceList record, int version) => record with { Version = version };

    // The audit compares what was stored: today's status and the version are not part of the list, so they are left blank here.
    public override object Answer(PriceList record) => AdminPriceListResponse.From(record, DateOnly.MinValue) with { Status = "", Etag = "" };

    public override Task<PriceList?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key) =>
        PriceListData.FindAsync(connection, transaction, sql, key);

    protected override object Parameters(PriceList list, long nowMs, int expectedVersion) => new
    {
        list.DistributorId, list.Name, ValidFrom = PriceListData.Format(list.ValidFrom), ValidTo = PriceListData.Format(list.ValidTo),
        FamilyDiscountsJson = PriceListData.Store(list.FamilyDiscounts), SkuLaddersJson = PriceListData.Store(list.SkuLadders),
        list.Version, NowMs = nowMs, ExpectedVersion = expectedVersion,
    };
}
