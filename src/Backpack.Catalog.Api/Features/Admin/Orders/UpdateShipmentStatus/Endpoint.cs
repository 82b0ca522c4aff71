using System.Globalization;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Orders.UpdateShipmentStatus;

public sealed class UpdateShipmentStatusEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<ShipmentChange<ShipmentStatusRequest>>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/shipments/{number}/status");
        Group<AdminGroup>();
        Description(b => b
            .WithName("UpdateShipmentStatus")
            .WithSummary("Record that a shipment departed, arrived or was delivered, or cancel its booking")
            .WithDescription("booked → departed | cancelled; departed → arrived | delivered; arrived → delivered; anything else is 409 " +
                "shipment-state-conflict. A shipment departs once work on the order has started (in_production, ready_to_ship or " +
                "partially_shipped), with its transport document number (and for sea-fcl a container), and only when the order's terms let it: " +
                "under \"balance before shipment\" what was received must cover the deposit and the balance in step with the goods gone, an L/C " +
                "must still be valid, and an ordered inspection must be passed or its failure accepted; otherwise 409 payment-required or " +
                "inspection-not-passed saying what is missing. On departure the units leave stock and the order becomes partially_shipped or, " +
                "when every unit has gone, shipped; when every shipment is delivered, it becomes delivered. Recorded in the history " +
                "(shipment_departed, shipment_arrived, shipment_delivered, shipment_cancelled, and the status change) and announced as " +
                "order.shipment_updated and order.status_changed. Honours If-Match on the order (412 when stale). 200 with the order.")
            .Accepts<ShipmentStatusRequest>("application/json")
            .Produces<OrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(ShipmentChange<ShipmentStatusRequest> req, CancellationToken ct) =>
        await Send.ResultAsync(await OrderStepRunner.RunAsync(connections, req.OrderId, req.IfMatch, Caller.From(User), _ => null,
            context => StepAsync(context, req.Number, req.Body), ct));

    private async Task<OrderStepOutcome> StepAsync(OrderStepContext context, int number, ShipmentStatusRequest body)
    {
        var order = context.Order;
        var whole = await context.ReadBackAsync();
        if (whole.Shipments.FirstOrDefault(s => s.Number == number) is not { } shipment)
        {
            return OrderStepOutcome.Refuse(ShipmentProblems.NotFound(order.OrderId, number));
        }

        var to = body.Status!;
        var next = ShipmentStatuses.After(shipment.Status);
        if (!next.Contains(to))
        {
            return OrderStepOutcome.Refuse(ShipmentProblems.Conflict(order, $"Shipment {number} of order {order.OrderId} is {shipment.Status}: it " +
                $"cannot become {to}. " + (next.Count == 0 ? "It takes no further step." : $"It may become: {string.Join(", ", next)}."), shipment));
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var on = body.On ?? today;
        var since = Since(shipment);
        if (on > today || on < since)
        {
            return OrderStepOutcome.Refuse(Problems.Validation("on", $"on must be from {since:yyyy-MM-dd} (the shipment's {SinceWhat(shipment)}) to today (UTC)."));
        }

        var from = shipment.Status;
        shipment.Status = to;
        shipment.UpdatedAtMs = now.ToUnixTimeMilliseconds();
        var day = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string? refused = null;
        IResult? problem = null;
        switch (to)
        {
            case ShipmentStatuses.Departed:
                (problem, refused) = await ShipmentDeparture.PrepareAsync(context, whole, shipment, body, on, today);
                shipment.DepartedOn = day;
                break;
            case ShipmentStatuses.Arrived:
                shipment.ArrivedOn = day;
                break;
            case ShipmentStatuses.Delivered:
                shipment.DeliveredOn = day;
                break;
            default:
                shipment.CancelledOn = day;
                break;
        }

        if (problem is not null)
        {
            return OrderStepOutcome.Refuse(problem);
        }

        var note = Note(shipment, to, day, refused) + (string.IsNullOrWhiteSpace(body.Note) ? "" : " " + body.Note.Trim());
        // The order's version moves first, so that a request that read the same shipment finds the order changed rather than a lost update.
        if (!await context.RecordAsync(StepOf(to), note, now, number)
            || !await ShipmentStore.SaveStepAsync(context.Connection, context.Transaction, context.Sql, shipment, from))
        {
            return OrderStepOutcome.Refuse(OrderProblems.ChangedConcurrently(order.OrderId));
        }

        await ShipmentDeparture.FollowAsync(context, whole, shipment, from, now);
        var updated = await context.ReadBackAsync();
        return new OrderStepOutcome(ETaggedJson.Of(updated.ToResponse(), updated.Order.ETag), true);
    }

    private static DateOnly Since(ShipmentRow shipment) => shipment.Status switch
    {
        ShipmentStatuses.Departed => DateOnly.Parse(shipment.DepartedOn!, CultureInfo.InvariantCulture),
        ShipmentStatuses.Arrived => DateOnly.Parse(shipment.ArrivedOn!, CultureInfo.InvariantCulture),
        _ => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(shipment.BookedAtMs).UtcDateTime),
    };

    private static string SinceWhat(ShipmentRow shipment) => shipment.Status switch
    {
        ShipmentStatuses.Departed => "departure",
        ShipmentStatuses.Arrived => "arrival",
        _ => "booking",
    };

    private static string StepOf(string to) => to switch
    {
        ShipmentStatuses.Departed => DesignSteps.ShipmentDeparted,
        ShipmentStatuses.Arrived => DesignSteps.ShipmentArrived,
        ShipmentStatuses.Delivered => DesignSteps.ShipmentDelivered,
        _ => DesignSteps.ShipmentCancelled,
    };

    private static string Note(ShipmentRow shipment, string to, string day, string? departure) => to switch
    {
        ShipmentStatuses.Departed => $"Shipment {shipment.Number} departed {shipment.PortOfLoading} on {day}: {departure}",
        ShipmentStatuses.Arrived => $"Shipment {shipment.Number} arrived at {shipment.PortOfDischarge} on {day}.",
        ShipmentStatuses.Delivered => $"Shipment {shipment.Number} delivered on {day}.",
        _ => $"Shipment {shipment.Number} cancelled on {day}: its {shipment.Lines.Sum(l => l.Quantity):N0} units may be booked again.",
    };
}
