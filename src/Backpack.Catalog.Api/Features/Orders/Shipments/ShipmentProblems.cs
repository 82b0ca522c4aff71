using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>The problems of shipments, worded the same way wherever they arise.</summary>
public static class ShipmentProblems
{
    /// <summary>422: the booking asks for units the order does not have left to ship, or a mode its Incoterm rules out; nothing is booked.</summary>
    public static ProblemHttpResult Rules(OrderRow order, IReadOnlyList<ShipmentViolation> violations) => TypedResults.Problem(
        title: "The shipment breaks the order's shipping rules.",
        detail: $"{violations.Count} problem(s) with the shipment for order {order.OrderId}; nothing was booked. Each is under errors (by field) " +
            "and violations (with a code and the units ordered, booked and left).",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        type: ProblemTypes.ShipmentRules,
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()),
            ["violations"] = violations,
        });

    /// <summary>409: the order or the shipment is not where that step can happen.</summary>
    public static ProblemHttpResult Conflict(OrderRow order, string detail, ShipmentRow? shipment = null) => TypedResults.Problem(
        title: "The shipment cannot take that step now.",
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.ShipmentStateConflict,
        extensions: new Dictionary<string, object?>
        {
            ["currentStatus"] = order.Status,
            ["shipmentStatus"] = shipment?.Status,
            ["allowedNext"] = shipment is null ? null : ShipmentStatuses.After(shipment.Status),
        });

    public static ProblemHttpResult NotFound(string orderId, int number) => Problems.NotFound(
        "No such shipment.", $"Order {orderId} has no shipment {number}.");
}
