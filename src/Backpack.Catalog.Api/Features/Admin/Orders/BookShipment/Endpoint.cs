using System.Globalization;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Orders.BookShipment;

public sealed class BookShipmentEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<OrderChange<BookShipmentRequest>>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/shipments");
        Group<AdminGroup>();
        Description(b => b
            .WithName("BookShipment")
            .WithSummary("Book a shipment of some or all of an order's units")
            .WithDescription("Once the order is confirmed and until all of it has gone (confirmed, in_production, ready_to_ship or partially_shipped): " +
                "books the next shipment (at most 10 per order) with the lines and units it carries, packed in master cartons as the catalogue packs " +
                "each SKU and valued at the order's prices. Stock lines may go while made-to-order lines are still in production. Units already in " +
                "another shipment (any but a cancelled one) cannot be booked again: 422 shipment-rules lists each line with what is left. A " +
                "sea-only Incoterm takes sea modes only. The shipment starts booked; record its departure with POST …/shipments/{number}/status. " +
                "Recorded in the history as shipment_booked and announced as order.shipment_updated. Honours If-Match (412 when stale). 201 with " +
                "the order.")
            .Accepts<BookShipmentRequest>("application/json")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderChange<BookShipmentRequest> req, CancellationToken ct) =>
        await Send.ResultAsync(await OrderStepRunner.RunAsync(connections, req.OrderId, req.IfMatch, Caller.From(User), Refusal,
            context => BookAsync(context, req.Body), ct));

    private static IResult? Refusal(OrderRow order) => OrderStatus.TakesShipments(order.Status)
        ? null
        : ShipmentProblems.Conflict(order, $"Order {order.OrderId} is {order.Status}: shipments are booked once it is confirmed and until all of it " +
            "has gone (confirmed, in_production, ready_to_ship or partially_shipped).");

    private async Task<OrderStepOutcome> BookAsync(OrderStepContext context, BookShipmentRequest body)
    {
        var order = context.Order;
        var now = clock.GetUtcNow();
        var mode = body.Mode ?? order.ShippingMode;
        if (mode is null)
        {
            return OrderStepOutcome.Refuse(Problems.Validation("mode", $"mode is required: order {order.OrderId} was placed before it was costed by mode."));
        }

        if (ShipmentText.ModeMismatch(mode, body) is { } mismatch)
        {
            return OrderStepOutcome.Refuse(Problems.Validation(mismatch.Field, mismatch.Message));
        }

        var etd = body.Etd ?? DateOnly.FromDateTime(now.UtcDateTime);
        var eta = body.Eta ?? (TransitDays(order, mode) is { } days ? etd.AddDays(days) : null);
        if (eta is null)
        {
            return OrderStepOutcome.Refuse(Problems.Validation("eta", $"eta is required: order {order.OrderId} was costed with no transit time for {mode}."));
        }

        if (DateProblem(order, etd, eta.Value, now) is { } dates)
        {
            return OrderStepOutcome.Refuse(dates);
        }

        var (connection, transaction, sql) = (context.Connection, context.Transaction, context.Sql);
        var whole = await context.ReadBackAsync();
        var shipments = whole.Shipments;
        if (shipments.Count >= ShipmentLimits.MaxPerOrder)
        {
            return OrderStepOutcome.Refuse(ShipmentProblems.Conflict(order, $"Order {order.OrderId} has had {ShipmentLimits.MaxPerOrder} shipments " +
                "booked, cancelled ones included: the most one order takes."));
        }

        var asked = body.Lines!.Select(l => new ShipmentLineAsked(l.Line!.Value, l.Quantity!.Value)).ToList();
        var violations = ShipmentPlanner.Check(whole.Lines, shipments, asked).ToList();
        if (Incoterms.ByCode.TryGetValue(order.Incoterm, out var rule) && rule.SeaOnly && !ShippingModes.IsSea(mode))
        {
            violations.Add(new("mode", null, null, "shipping_mode_not_allowed",
                $"{rule.Code} is a rule for sea freight (Incoterms 2020): shipments under it go sea-lcl or sea-fcl, not {mode}.", null, null, null));
        }

        if (violations.Count > 0)
        {
            return OrderStepOutcome.Refuse(ShipmentProblems.Rules(order, violations));
        }

        var number = shipments.Count + 1;
        var lines = await ShipmentPlanner.PackAsync(connection, transaction, sql, whole.Lines, shipments, asked, order.OrderId, number);
        var shipment = new ShipmentRow
        {
            OrderId = order.OrderId, Number = number, Status = ShipmentStatuses.Booked, Mode = mode, Carrier = body.Carrier!.Trim(),
            DocumentNumber = body.TransportDocumentNumber, ContainersJson = ShipmentContainer.Store(body.Containers?.Select(c => c.ToContainer()).ToList() ?? []),
            Vessel = body.Vessel?.Trim(), Voyage = body.Voyage, PortOfLoading = body.PortOfLoading!, PortOfDischarge = body.PortOfDischarge!,
            Etd = Format(etd), Eta = Format(eta.Value), Note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim(),
            Cartons = lines.Sum(l => l.Cartons), NetGrams = lines.Sum(l => l.NetGrams), GrossGrams = lines.Sum(l => l.GrossGrams),
            VolumeCm3 = lines.Sum(l => l.VolumeCm3), GoodsMinor = lines.Sum(l => l.GoodsMinor), BookedAtMs = now.ToUnixTimeMilliseconds(),
            UpdatedAtMs = now.ToUnixTimeMilliseconds(), Lines = lines,
        };
        var note = string.Create(CultureInfo.InvariantCulture,
            $"Shipment {number} booked: {lines.Sum(l => l.Quantity):N0} units in {shipment.Cartons:N0} cartons, {mode} with {shipment.Carrier}, ") +
            $"{shipment.PortOfLoading} → {shipment.PortOfDischarge}, ETD {shipment.Etd}, ETA {shipment.Eta}.";
        // The order's version moves first, so that a request that read the same shipments finds the order changed rather than a taken key.
        if (!await context.RecordAsync(DesignSteps.ShipmentBooked, note, now, number))
        {
            return OrderStepOutcome.Refuse(OrderProblems.ChangedConcurrently(order.OrderId));
        }

        await ShipmentStore.InsertAsync(connection, transaction, sql, shipment);
        var updated = await context.ReadBackAsync();
        return new OrderStepOutcome(ETaggedJson.Created($"/v1/admin/orders/{order.OrderId}", updated.ToResponse(), updated.Order.ETag), true);
    }

    /// <summary>The lane's transit days for the mode, as the order was costed; null when it had no lane for it.</summary>
    private static int? TransitDays(OrderRow order, string mode) =>
        OrderSnapshot.SnapshotOf(order)?.LandedCost.Options.FirstOrDefault(o => o.Mode == mode)?.TransitDays;

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem? DateProblem(OrderRow order, DateOnly etd, DateOnly eta, DateTimeOffset now)
    {
        var placed = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(order.CreatedAtMs).UtcDateTime);
        var latest = DateOnly.FromDateTime(now.UtcDateTime).AddDays(ShipmentLimits.MaxDaysAhead);
        return etd < placed ? Problems.Validation("etd", $"etd cannot be before the order was placed ({placed:yyyy-MM-dd}).")
            : etd > latest ? Problems.Validation("etd", $"etd must be within {ShipmentLimits.MaxDaysAhead} days of today (UTC).")
            : eta < etd ? Problems.Validation("eta", "eta cannot be before etd.")
            : eta > latest ? Problems.Validation("eta", $"eta must be within {ShipmentLimits.MaxDaysAhead} days of today (UTC).")
            : null;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
