using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>
/// What artwork approval does to an order: the designs a customised order waits for, and the dates that move when the last of them is
/// approved (and, when the order asked for one, its pre-production sample). Made-to-order lead time counts from approval, so each
/// customised line's ship date moves by the days between what was planned and the approval, and the promised ship date and landed-cost
/// dates move with the latest line.
/// </summary>
public static class ArtworkApproval
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    private const string UpdateLineDate = "UPDATE order_lines SET estimated_ship_date = @EstimatedShipDate WHERE order_id = @OrderId AND line_number = @LineNumber;";

    private const string UpdateOrderDates = """
        UPDATE orders SET promised_ship_date = @PromisedShipDate, landed_cost_json = @LandedCostJson WHERE order_id = @OrderId;
        """;

    private const string SelectLines = """
        SELECT order_id, line_number, estimated_ship_date, customizations_json FROM order_lines WHERE order_id = @OrderId ORDER BY line_number;
        """;

    /// <summary>One row per design the lines name, accepting the formats every option it is used with takes (all of them, should none agree).</summary>
    public static List<DesignRow> DesignsOf(string orderId, IEnumerable<PricedOrderLine> lines) => lines
        .SelectMany(l => l.Customizations)
        .GroupBy(c => c.Design, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g =>
        {
            var accepted = FileFormats.Artwork.Where(f => g.All(c => c.ArtworkFormats?.Contains(f.Code) ?? true)).ToList();
            return new DesignRow
            {
                OrderId = orderId, Design = g.Key, State = DesignStates.AwaitingArtwork,
                AcceptedFormats = string.Join(',', (accepted.Count > 0 ? accepted : FileFormats.Artwork).Select(f => f.Code)),
            };
        })
        .ToList();

    /// <summary>Moves the customised lines' ship dates (and what follows from them) by the days from placement to <paramref name="approvedAt"/>.</summary>
    public static Task MoveDatesAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, OrderRow order, DateTimeOffset approvedAt) =>
        MoveDatesByAsync(connection, transaction, sql, order, DayOf(approvedAt.ToUnixTimeMilliseconds()).DayNumber - DayOf(order.CreatedAtMs).DayNumber);

    /// <summary>
    /// The dates planned for the pre-production sample's approval: its days after the last design's approval. Approved later, the
    /// customised lines' dates move by the difference; approved sooner, they stay as promised.
    /// </summary>
    public static async Task MoveDatesForSampleAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, OrderRow order, DateTimeOffset approvedAt)
    {
        var artworkApproved = await PreProductionSamples.SampleStore.ArtworkApprovedAtAsync(connection, transaction, sql, order.OrderId) ?? order.CreatedAtMs;
        var planned = DayOf(artworkApproved).AddDays(order.PreProductionSampleDays ?? 0);
        await MoveDatesByAsync(connection, transaction, sql, order, DayOf(approvedAt.ToUnixTimeMilliseconds()).DayNumber - planned.DayNumber);
    }

    private static async Task MoveDatesByAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, OrderRow order, int days)
    {
        if (days <= 0)
        {
            return;
        }

        var lines = (await connection.QueryAsync<OrderLineRow>(sql.Render(SelectLines), new { order.OrderId }, transaction)).AsList();
        foreach (var line in lines.Where(l => l.CustomizationsJson is not null))
        {
            line.EstimatedShipDate = Format(Parse(line.EstimatedShipDate).AddDays(days));
            await connection.ExecuteAsync(sql.Render(UpdateLineDate), line, transaction);
        }

        var promised = lines.Max(l => Parse(l.EstimatedShipDate));
        var moved = promised.DayNumber - Parse(order.PromisedShipDate).DayNumber;
        await connection.ExecuteAsync(sql.Render(UpdateOrderDates), new
        {
            order.OrderId,
            PromisedShipDate = Format(promised),
            LandedCostJson = moved > 0 && OrderSnapshot.SnapshotOf(order) is { } snapshot
                ? JsonSerializer.Serialize(Move(snapshot, moved, order.RequestedDeliveryDate is { } r ? Parse(r) : null), SnapshotJson)
                : order.LandedCostJson,
        }, transaction);
    }

    private static LandedCostSnapshot Move(LandedCostSnapshot snapshot, int days, DateOnly? requested)
    {
        var landed = snapshot.LandedCost;
        return snapshot with
        {
            LandedCost = landed with
            {
                ArrivalDate = landed.ArrivalDate?.AddDays(days),
                Options = landed.Options.Select(o => o with
                {
                    ShipDate = o.ShipDate.AddDays(days),
                    ArrivalDate = o.ArrivalDate?.AddDays(days),
                    MeetsRequestedDate = o.MeetsRequestedDate is null || requested is null ? o.MeetsRequestedDate : o.ArrivalDate?.AddDays(days) <= requested,
                }).ToList(),
            },
        };
    }

    private static DateOnly DayOf(long ms) => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime);

    private static DateOnly Parse(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
