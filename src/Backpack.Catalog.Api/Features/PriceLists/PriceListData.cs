using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.PriceLists;

/// <summary>Reads a distributor's price list: one row per distributor, its discounts and ladders as JSON.</summary>
public static class PriceListData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string Columns = "distributor_id, name, valid_from, valid_to, family_discounts_json, sku_ladders_json, version";

    private const string SelectOne = "SELECT " + Columns + " FROM price_lists WHERE distributor_id = @DistributorId";

    public sealed class Row
    {
        public string DistributorId { get; init; } = "";
        public string Name { get; init; } = "";
        public string ValidFrom { get; init; } = "";
        public string ValidTo { get; init; } = "";
        public string FamilyDiscountsJson { get; init; } = "[]";
        public string SkuLaddersJson { get; init; } = "[]";
        public int Version { get; init; }

        public PriceList ToList() => new(DistributorId, Name, Parse(ValidFrom), Parse(ValidTo),
            JsonSerializer.Deserialize<List<FamilyDiscount>>(FamilyDiscountsJson, Json) ?? [],
            JsonSerializer.Deserialize<List<SkuLadder>>(SkuLaddersJson, Json) ?? [], Version);
    }

    public static async Task<PriceList?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string distributorId) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(sql.Render(SelectOne), new { DistributorId = distributorId }, transaction))?.ToList();

    /// <summary>The caller's list as of today; null for anonymous, storefront and admin callers and for distributors without one.</summary>
    public static async Task<PriceListInEffect?> InEffectAsync(DbConnection connection, SqlDialect sql, string? distributorId, DateTimeOffset now) =>
        distributorId is { } distributor && await FindAsync(connection, null, sql, distributor) is { } list
            ? new PriceListInEffect(list, list.StatusOn(DateOnly.FromDateTime(now.UtcDateTime)))
            : null;

    public static string Store<T>(IReadOnlyList<T> items) => JsonSerializer.Serialize(items, Json);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);
}
