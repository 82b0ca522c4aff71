using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.PreProductionSamples;

/// <summary>The problems of pre-production samples, worded the same way wherever they arise.</summary>
public static class SampleProblems
{
    /// <summary>409: production cannot start before the pre-production sample the order asked for is approved.</summary>
    public static ProblemHttpResult NotApproved(OrderRow order, string toStatus, IReadOnlyList<SampleRoundRow> rounds)
    {
        var state = SampleStates.Of(order, rounds);
        return TypedResults.Problem(
            title: "The pre-production sample is not approved yet.",
            detail: $"Order {order.OrderId} asked for a pre-production sample, and production waits for its approval: it cannot become {toStatus} " +
                $"while the sample is {state}, waiting for {SampleStates.WaitingFor(state)}" +
                (rounds.Count > 0 ? $" (latest: round {rounds[^1].Round}, {rounds[^1].Reference})." : "."),
            statusCode: StatusCodes.Status409Conflict,
            type: ProblemTypes.SampleNotApproved,
            extensions: new Dictionary<string, object?>
            {
                ["currentStatus"] = order.Status,
                ["sampleState"] = state,
                ["waitingFor"] = SampleStates.WaitingFor(state),
            });
    }

    /// <summary>409: the order asked for no sample, or is not where a sample step can happen, or the round is not the open one.</summary>
    public static ProblemHttpResult Conflict(OrderRow order, string detail) => TypedResults.Problem(
        title: "The pre-production sample cannot take that step now.",
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.SampleStateConflict,
        extensions: new Dictionary<string, object?> { ["currentStatus"] = order.Status });

    public static ProblemHttpResult RoundNotFound(string orderId, int round) => Problems.NotFound(
        "No such sample.",
        $"Order {orderId} has no pre-production sample round {round}.");
}
