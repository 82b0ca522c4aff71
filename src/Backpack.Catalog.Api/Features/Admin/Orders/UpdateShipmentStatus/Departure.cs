using System.Globalization;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Inspections;
using Backpack.Catalog.Api.Features.Orders.Payments;
using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Errors;

namespace Backpack.Catalog.Api.Features.Admin.Orders.UpdateShipmentStatus;

/// <summary>
/// What a shipment's departure needs (work started, its transport document, a container for sea-fcl, the terms' money and the inspection)
/// and what it and a delivery make follow: stock out of the warehouse, and the order's status.
/// </summary>
public static class ShipmentDeparture
{
    /// <summary>Checks the departure and fills in what it says about the transport; a problem when it cannot go, else the history's words.</summary>
    public static async Task<(IResult? Problem, string? Text)> PrepareAsync(
        OrderStepContext context, OrderQueries.WholeOrder whole, ShipmentRow shipment, ShipmentStatusRequest body, DateOnly on, DateOnly today)
    {
        var order = context.Order;
        if (!OrderStatus.ShipsGoods(order.Status))
        {
            return (ShipmentProblems.Conflict(order, $"Order {order.OrderId} is {order.Status}: goods depart once work has started (in_production or " +
                "ready_to_ship, which wait for the deposit), or while the order is partially_shipped.", shipment), null);
        }

        if (ShipmentText.ModeMismatch(shipment.Mode, body) is { } mismatch)
        {
            return (Problems.Validation(mismatch.Field, mismatch.Message), null);
        }

        shipment.DocumentNumber = body.TransportDocumentNumber ?? shipment.DocumentNumber;
        shipment.ContainersJson = body.Containers is { } containers ? ShipmentContainer.Store(containers.Select(c => c.ToContainer()).ToList()) : shipment.ContainersJson;
        shipment.Vessel = body.Vessel?.Trim() ?? shipment.Vessel;
        shipment.Voyage = body.Voyage ?? shipment.Voyage;
        shipment.Eta = body.Eta is { } eta ? eta.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : shipment.Eta;
        var document = TransportDocuments.Name(TransportDocuments.For(shipment.Mode));
        if (shipment.DocumentNumber is null)
        {
            return (Problems.Validation("transportDocumentNumber", $"transportDocumentNumber is required to depart: the {document} number, as the carrier issued it."), null);
        }

        if (shipment.Mode == ShippingModes.SeaFcl && shipment.Containers.Count == 0)
        {
            return (Problems.Validation("containers", "containers is required to depart by sea-fcl: at least one container, as stuffed and sealed."), null);
        }

        if (body.Eta < on)
        {
            return (Problems.Validation("eta", "eta cannot be before the departure."), null);
        }

        var others = Others(whole, shipment);
        var becomes = ShipmentProgress.StatusAfterDeparture(whole.Lines, others, shipment);
        var missing = await PaymentGates.MissingToShipAsync(context.Connection, context.Transaction, context.Sql, order,
            ShipmentProgress.ShareAfterDeparture(whole.Lines, others, shipment), today);
        if (missing.Count > 0)
        {
            return (PaymentProblems.Required(order, becomes, missing), null);
        }

        if (order.InspectionJson is not null && !InspectionStates.LetsShip(InspectionStates.Of(whole.Inspections)))
        {
            return (InspectionProblems.NotPassed(order, becomes, whole.Inspections), null);
        }

        // The history keeps a note of at most 1,000 characters with the admin's own 500: name three containers, count the rest.
        var stuffed = shipment.Containers;
        var containerText = stuffed.Count == 0 ? ""
            : $", container(s) {string.Join(", ", stuffed.Take(3).Select(c => c.Number))}{(stuffed.Count > 3 ? $" and {stuffed.Count - 3} more" : "")}";
        var vesselText = shipment.Vessel is null ? "" : $", vessel {shipment.Vessel}{(shipment.Voyage is null ? "" : " voyage " + shipment.Voyage)}";
        return (null, $"{document} {shipment.DocumentNumber}{vesselText}{containerText}; ETA {shipment.Eta}.");
    }

    /// <summary>After the step is saved: a departure takes its units out of stock and moves the order on; the last delivery delivers it.</summary>
    public static async Task FollowAsync(OrderStepContext context, OrderQueries.WholeOrder whole, ShipmentRow shipment, string from, DateTimeOffset now)
    {
        var (connection, transaction, sql) = (context.Connection, context.Transaction, context.Sql);
        string? becomes = null;
        string? note = null;
        if (shipment.Status == ShipmentStatuses.Departed)
        {
            var others = Others(whole, shipment);
            await ShipmentStore.ShipStockAsync(connection, transaction, sql, ShipmentProgress.StockTaken(whole.Lines, others, shipment));
            becomes = ShipmentProgress.StatusAfterDeparture(whole.Lines, others, shipment);
            var gone = whole.Lines.Sum(l => ShipmentProgress.Gone(whole.Shipments, l.LineNumber));
            note = becomes == OrderStatus.Shipped ? "Every unit has departed."
                : string.Create(CultureInfo.InvariantCulture, $"{gone:N0} of {whole.Order.Units:N0} units have departed.");
        }
        else if (shipment.Status == ShipmentStatuses.Delivered && from != ShipmentStatuses.Delivered && ShipmentProgress.AllDelivered(whole.Lines, whole.Shipments))
        {
            becomes = OrderStatus.Delivered;
            note = "Every shipment is delivered.";
        }

        var current = await OrderQueries.FindAsync(connection, sql, whole.Order.OrderId, null, transaction);
        if (becomes is not null && current!.Status != becomes)
        {
            await OrderStore.AppendChangeAsync(connection, transaction, sql, current, becomes, null, null, context.Caller, note, now, shipment.Number);
        }
    }

    private static List<ShipmentRow> Others(OrderQueries.WholeOrder whole, ShipmentRow shipment) =>
        whole.Shipments.Where(s => s.Number != shipment.Number).ToList();
}
