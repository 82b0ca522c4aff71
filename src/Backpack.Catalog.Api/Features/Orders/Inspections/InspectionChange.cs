using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>The order and inspections a step works on, read inside the step's transaction.</summary>
public sealed record InspectionContext(OrderStepContext Step, IReadOnlyList<InspectionRoundRow> Rounds)
{
    public OrderRow Order => Step.Order;
}

/// <summary>
/// Runs one inspection step: the order must have ordered an inspection and be confirmed, in production or ready to ship; see
/// <see cref="OrderStepRunner"/>.
/// </summary>
public static class InspectionChange
{
    public static Task<IResult> RunAsync(
        IDbConnectionFactory connections, string orderId, string? ifMatch, Caller caller, Func<InspectionContext, Task<OrderStepOutcome>> step,
        CancellationToken cancellationToken) =>
        OrderStepRunner.RunAsync(connections, orderId, ifMatch, caller, Refusal,
            async context => await step(new InspectionContext(context, await InspectionStore.RoundsAsync(context.Connection, context.Transaction, context.Sql, orderId))),
            cancellationToken);

    private static IResult? Refusal(OrderRow order) =>
        order.InspectionJson is null ? InspectionProblems.Conflict(order, $"Order {order.OrderId} ordered no final inspection (inspection at placement).")
        : InspectionStates.OrderTakesSteps(order.Status) ? null
        : InspectionProblems.Conflict(order,
            $"Order {order.OrderId} is {order.Status}: inspections are recorded and answered while it is confirmed, in_production or ready_to_ship.");
}
