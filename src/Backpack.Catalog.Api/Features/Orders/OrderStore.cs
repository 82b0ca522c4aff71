using System.Data.Common;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.PlaceOrder;
using Backpack.Catalog.Api.Features.Orders.Payments;
using Backpack.Catalog.Api.Features.Orders.PreProductionSamples;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders;

public enum TransitionOutcome
{
    Done,
    NotFound,
    PreconditionFailed,
    Illegal,
    ArtworkPending,
    SamplePending,
    PaymentMissing,
    ChangedConcurrently,
}

/// <summary>
/// The writes orders share, each inside the caller's transaction. Stock is reserved with a guarded update
/// (never more than is free), and the variants' CHECK constraint stops overselling even if a guard were wrong.
/// An order's version doubles as its history sequence: each change bumps one and appends the other.
/// </summary>
public static class OrderStore
{
    private const string SelectFreeStock = "SELECT stock_on_hand - stock_reserved FROM variants WHERE sku = @Sku;";

    private const string ReserveStock = """
        UPDATE variants SET stock_reserved = stock_reserved + @Quantity, version = version + 1
        WHERE sku = @Sku AND stock_on_hand - stock_reserved >= @Quantity;
        """;

    private const string ReleaseStock = "UPDATE variants SET stock_reserved = stock_reserved - @Quantity, version = version + 1 WHERE sku = @Sku;";

    private const string InsertOrder = """
        INSERT INTO orders (
          order_id, distributor_id, status, version, buyer_reference, currency, fx_rate, fx_rate_as_of_ms, incoterm,
          ship_to_name, ship_to_line1, ship_to_line2, ship_to_city, ship_to_region, ship_to_postal_code, ship_to_country,
          requested_delivery_date, promised_ship_date, quote_id, notes, units, subtotal_minor, subtotal_usd_cents,
          deposit_percent, deposit_minor, balance_minor, payment_terms, created_at_ms, updated_at_ms, incoterm_place, shipping_mode,
          charges_minor, landed_cost_json, customization_minor, setup_fees_json, price_list_json, order_type, pre_production_sample_days, payment_terms_json,
          inspection_json, inspection_fee_minor)
        VALUES (
          @OrderId, @DistributorId, @Status, @Version, @BuyerReference, @Currency, @FxRate, @FxRateAsOfMs, @Incoterm,
          @ShipToName, @ShipToLine1, @ShipToLine2, @ShipToCity, @ShipToRegion, @ShipToPostalCode, @ShipToCountry,
          @RequestedDeliveryDate, @PromisedShipDate, @QuoteId, @Notes, @Units, @SubtotalMinor, @SubtotalUsdCents,
          @DepositPercent, @DepositMinor, @BalanceMinor, @PaymentTerms, @CreatedAtMs, @UpdatedAtMs, @IncotermPlace, @ShippingMode,
          @ChargesMinor, @LandedCostJson, @CustomizationMinor, @SetupFeesJson, @PriceListJson, @OrderType, @PreProductionSampleDays, @PaymentTermsJson,
          @InspectionJson, @InspectionFeeMinor);
        """;

    private const string InsertLine = """
        INSERT INTO order_lines (
          order_id, line_number, sku, product_id, sample, quantity, tier_min_quantity, unit_price_usd_cents,
          unit_price_minor, line_total_minor, reserved_from_stock, made_to_order, estimated_ship_date, customizations_json, hs_code, origin_country)
        VALUES (
          @OrderId, @LineNumber, @Sku, @ProductId, @Sample, @Quantity, @TierMinQuantity, @UnitPriceUsdCents,
          @UnitPriceMinor, @LineTotalMinor, @ReservedFromStock, @MadeToOrder, @EstimatedShipDate, @CustomizationsJson, @HsCode, @OriginCountry);
        """;

    // A cancelled or rejected order frees its purchase order number for a new order; a quote is used once, whatever became of it.
    private const string SelectOpenOrderByBuyerReference = """
        SELECT order_id FROM orders
        WHERE distributor_id = @DistributorId AND buyer_reference = @BuyerReference AND status NOT IN ('cancelled', 'rejected');
        """;

    private const string SelectOrderByQuote = """
        SELECT order_id FROM orders WHERE quote_id = @QuoteId;
        """;

    /// <summary>What an order would collide with: an open order under its purchase order number, or one already made from its quote.</summary>
    public sealed record Collision(string? SameBuyerReference, string? SameQuote);

    /// <summary>Read inside the write turn and transaction that insert the order, so two requests cannot both pass.</summary>
    public static async Task<Collision> FindCollisionAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql,
        string distributorId, PlaceOrderRequest request) => new(
        await connection.QueryFirstOrDefaultAsync<string>(sql.Render(SelectOpenOrderByBuyerReference),
            new { DistributorId = distributorId, BuyerReference = request.BuyerReference! }, transaction),
        request.QuoteId is null ? null
            : await connection.QueryFirstOrDefaultAsync<string>(sql.Render(SelectOrderByQuote), new { request.QuoteId }, transaction));

    private const string InsertStatusChange = """
        INSERT INTO order_status_history (order_id, sequence, from_status, to_status, actor_role, actor_key_id, note, at_ms, step, design, shipment)
        VALUES (@OrderId, @Sequence, @FromStatus, @ToStatus, @ActorRole, @ActorKeyId, @Note, @AtMs, @Step, @Design, @Shipment);
        """;

    private const string UpdateStatus = """
        UPDATE orders SET status = @ToStatus, version = version + 1, updated_at_ms = @NowMs
        WHERE order_id = @OrderId AND version = @Version;
        """;

    private const string SelectReservations = """
        SELECT sku, reserved_from_stock AS quantity
        FROM order_lines
        WHERE order_id = @OrderId AND reserved_from_stock > 0
        ORDER BY sku;
        """;

    private sealed class Reservation
    {
        public string Sku { get; init; } = "";
        public int Quantity { get; init; }
    }

    /// <summary>
    /// Reserves free stock for every line (in SKU order, so concurrent orders lock rows alike) and inserts the order. When the stock
    /// reserved moves a ship date so that the landed cost can no longer be invoiced or delivered in time, nothing is inserted and the
    /// caller rolls back and answers the refusal.
    /// </summary>
    public static async Task<(OrderQueries.WholeOrder? Order, OrderPricing? Refusal)> PlaceAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, string orderId, Caller caller,
        PlaceOrderRequest request, PricedOrder priced, DateTimeOffset now)
    {
        var fromStock = new int[priced.Lines.Count];
        foreach (var (line, index) in priced.Lines.Select((l, i) => (l, i)).OrderBy(p => p.l.Sku, StringComparer.Ordinal))
        {
            fromStock[index] = await ReserveAsync(connection, transaction, sql, line.Sku, line.Quantity);
        }

        var (order, lines, landed, _) = OrderSnapshot.Build(orderId, caller.DistributorId!, request, priced, fromStock, now);
        if (OrderCosting.Refusal(landed, request) is { } refusal)
        {
            return (null, refusal);
        }

        var designs = ArtworkApproval.DesignsOf(orderId, priced.Lines);
        await connection.ExecuteAsync(sql.Render(InsertOrder), order, transaction);
        await connection.ExecuteAsync(sql.Render(InsertLine), lines, transaction);
        await DesignStore.InsertAsync(connection, transaction, sql, designs);
        var created = new StatusChangeRow
        {
            OrderId = orderId, Sequence = 1, FromStatus = null, ToStatus = order.Status,
            ActorRole = caller.Role, ActorKeyId = caller.KeyId, AtMs = order.CreatedAtMs,
        };
        await connection.ExecuteAsync(sql.Render(InsertStatusChange), created, transaction);
        return (new OrderQueries.WholeOrder(order, lines, [created], designs, [], [], [], [], []), null);
    }

    /// <summary>Moves an order along a legal transition, applying its stock effect and recording who did it.</summary>
    public static async Task<(TransitionOutcome Outcome, OrderRow? Order)> TransitionAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, string orderId, string? distributorScope,
        string toStatus, Func<OrderRow, bool> preconditionHolds, Caller caller, string? note, DateTimeOffset now)
    {
        var order = await OrderQueries.FindAsync(connection, sql, orderId, distributorScope, transaction);
        if (order is null)
        {
            return (TransitionOutcome.NotFound, null);
        }

        if (!preconditionHolds(order))
        {
            return (TransitionOutcome.PreconditionFailed, order);
        }

        if (OrderStatus.WaitsForArtwork(order.Status, toStatus))
        {
            return (TransitionOutcome.ArtworkPending, order);
        }

        if (!OrderStatus.CanMove(order.Status, toStatus) || OrderStatus.FollowsShipments(toStatus))
        {
            return (TransitionOutcome.Illegal, order);
        }

        if (order.PreProductionSampleDays is not null && OrderStatus.StartsProduction(order.Status, toStatus)
            && !await SampleStore.IsApprovedAsync(connection, transaction, sql, order.OrderId))
        {
            return (TransitionOutcome.SamplePending, order);
        }

        if ((await PaymentGates.MissingAsync(connection, transaction, sql, order, toStatus, DateOnly.FromDateTime(now.UtcDateTime))).Count > 0)
        {
            return (TransitionOutcome.PaymentMissing, order);
        }

        if (await AppendChangeAsync(connection, transaction, sql, order, toStatus, null, null, caller, note, now) is null)
        {
            return (TransitionOutcome.ChangedConcurrently, order);
        }

        if (OrderStatus.ReleasesReservation(toStatus))
        {
            var reservations = await connection.QueryAsync<Reservation>(sql.Render(SelectReservations), new { order.OrderId }, transaction);
            await connection.ExecuteAsync(sql.Render(ReleaseStock), reservations, transaction);
            await Shipments.ShipmentStore.CancelBookedAsync(connection, transaction, sql, order.OrderId, now);
        }

        return (TransitionOutcome.Done, order);
    }

    /// <summary>
    /// Records a change as the order's next version: its status (which an artwork approval step may leave as it is), a history entry
    /// and an event (order.design_updated for a step that keeps the status, order.status_changed otherwise). Null when another change to
    /// the order committed first.
    /// </summary>
    public static async Task<StatusChangeRow?> AppendChangeAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, OrderRow order, string toStatus, string? step, string? design,
        Caller caller, string? note, DateTimeOffset now, int? shipment = null)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        if (await connection.ExecuteAsync(sql.Render(UpdateStatus), new { order.OrderId, ToStatus = toStatus, NowMs = nowMs, order.Version }, transaction) != 1)
        {
            return null;
        }

        var change = new StatusChangeRow
        {
            OrderId = order.OrderId, Sequence = order.Version + 1, FromStatus = order.Status, ToStatus = toStatus,
            ActorRole = caller.Role, ActorKeyId = caller.KeyId, Note = note, AtMs = nowMs, Step = step, Design = design, Shipment = shipment,
        };
        await connection.ExecuteAsync(sql.Render(InsertStatusChange), change, transaction);
        await OrderOutbox.EnqueueStatusChangedAsync(connection, transaction, sql, change);
        return change;
    }

    /// <summary>Takes as much of <paramref name="quantity"/> as is free; the guard retries if another order took stock in between.</summary>
    private static async Task<int> ReserveAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, string sku, int quantity)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var free = await connection.ExecuteScalarAsync<int>(sql.Render(SelectFreeStock), new { Sku = sku }, transaction);
            var take = Math.Min(quantity, Math.Max(free, 0));
            if (take == 0)
            {
                return 0;
            }

            if (await connection.ExecuteAsync(sql.Render(ReserveStock), new { Sku = sku, Quantity = take }, transaction) == 1)
            {
                return take;
            }
        }

        return 0;
    }
}
