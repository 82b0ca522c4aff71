using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Orders.PreProductionSamples;

/// <summary>The order and samples a step works on, read inside the step's transaction.</summary>
public sealed record SampleContext(OrderStepContext Step, IReadOnlyList<SampleRoundRow> Rounds)
{
    public OrderRow Order => Step.Order;
}

/// <summary>
/// Runs one pre-production sample step: the order must have asked for a sample and be past artwork approval and before production
/// (submitted or confirmed); see <see cref="OrderStepRunner"/>.
/// </summary>
public static class SampleChange
{
    public static Task<IResult> RunAsync(
        IDbConnectionFactory connections, string orderId, string? ifMatch, Caller caller, Func<SampleContext, Task<OrderStepOutcome>> step,
        CancellationToken cancellationToken) =>
        OrderStepRunner.RunAsync(connections, orderId, ifMatch, caller, Refusal,
            async context => await step(new SampleContext(context, await SampleStore.RoundsAsync(context.Connection, context.Transaction, context.Sql, orderId))),
            cancellationToken);

    private static IResult? Refusal(OrderRow order) =>
        order.PreProductionSampleDays is null
            ? SampleProblems.Conflict(order, $"Order {order.OrderId} did not ask for a pre-production sample (preProductionSample at placement).")
            : SampleStates.OrderTakesSteps(order.Status) ? null
            : SampleProblems.Conflict(order, order.Status == OrderStatus.AwaitingArtwork
                ? $"Order {order.OrderId} is {order.Status}: the sample is sewn from the approved artwork, so every design must be approved first."
                : $"Order {order.OrderId} is {order.Status}: pre-production samples change only while it is {OrderStatus.Submitted} or {OrderStatus.Confirmed}.");
}
