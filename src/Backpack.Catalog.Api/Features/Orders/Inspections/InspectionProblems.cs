using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>The problems of final inspections, worded the same way wherever they arise.</summary>
public static class InspectionProblems
{
    /// <summary>409: the goods may not ship before the ordered inspection is passed or its failure accepted.</summary>
    public static ProblemHttpResult NotPassed(OrderRow order, string toStatus, IReadOnlyList<InspectionRoundRow> rounds)
    {
        var state = InspectionStates.Of(rounds);
        return TypedResults.Problem(
            title: "The final inspection is not passed.",
            detail: $"Order {order.OrderId} ordered a final inspection: it cannot become {toStatus} while the inspection is {state}, waiting for " +
                $"{InspectionStates.WaitingFor(state)}.",
            statusCode: StatusCodes.Status409Conflict,
            type: ProblemTypes.InspectionNotPassed,
            extensions: new Dictionary<string, object?>
            {
                ["currentStatus"] = order.Status,
                ["inspectionState"] = state,
                ["waitingFor"] = InspectionStates.WaitingFor(state),
            });
    }

    /// <summary>409: the order ordered no inspection, or is not where an inspection step can happen, or the round is not the open one.</summary>
    public static ProblemHttpResult Conflict(OrderRow order, string detail) => TypedResults.Problem(
        title: "The inspection cannot take that step now.",
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.InspectionStateConflict,
        extensions: new Dictionary<string, object?> { ["currentStatus"] = order.Status });

    public static ProblemHttpResult RoundNotFound(string orderId, int round) => Problems.NotFound(
        "No such inspection.", $"Order {orderId} has no inspection round {round}.");

    public static ProblemHttpResult ReportNotFound(string orderId, int round) => Problems.NotFound(
        "No report yet.", $"No report has been uploaded for inspection round {round} of order {orderId}.");
}
