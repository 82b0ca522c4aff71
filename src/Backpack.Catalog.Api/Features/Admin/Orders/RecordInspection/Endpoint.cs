using System.Globalization;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.Inspections;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Orders.RecordInspection;

public sealed class RecordInspectionEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<OrderChange<RecordInspectionRequest>>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/inspections");
        Group<AdminGroup>();
        Description(b => b
            .WithName("RecordInspection")
            .WithSummary("Record the result of the order's final inspection")
            .WithDescription("For an order that ordered an inspection, while it is confirmed, in_production or ready_to_ship and no result " +
                "stands (none yet, or the goods were reworked after a failure): records the inspection as the next round (at most 5) with " +
                "its date, pass or fail and the defects found; upload the report with PUT …/inspections/{round}/report. A fail blocks " +
                "shipping until the distributor accepts it with a concession, or the reworked goods pass. Otherwise 409 " +
                "inspection-state-conflict. Recorded in the history as inspection_recorded and announced as order.inspection_updated. " +
                "Honours If-Match (412 when stale). 201 with the order.")
            .Accepts<RecordInspectionRequest>("application/json")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderChange<RecordInspectionRequest> req, CancellationToken ct) =>
        await Send.ResultAsync(await InspectionChange.RunAsync(connections, req.OrderId, req.IfMatch, Caller.From(User), context => RecordAsync(context, req.Body), ct));

    private async Task<OrderStepOutcome> RecordAsync(InspectionContext context, RecordInspectionRequest body)
    {
        var (order, rounds) = (context.Order, context.Rounds);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var placed = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(order.CreatedAtMs).UtcDateTime);
        if (body.InspectedOn > today || body.InspectedOn < placed)
        {
            return OrderStepOutcome.Refuse(Problems.Validation("inspectedOn", $"inspectedOn must be from the day the order was placed ({placed:yyyy-MM-dd}) to today (UTC)."));
        }

        var state = InspectionStates.Of(rounds);
        if (!InspectionStates.TakesInspection(state))
        {
            return OrderStepOutcome.Refuse(InspectionProblems.Conflict(order,
                $"Order {order.OrderId}'s inspection is {state}: a new inspection is recorded only before the first one or after rework."));
        }

        if (rounds.Count >= InspectionStates.MaxRounds)
        {
            return OrderStepOutcome.Refuse(InspectionProblems.Conflict(order, $"Order {order.OrderId} has had {InspectionStates.MaxRounds} inspections, the most one order takes."));
        }

        var round = new InspectionRoundRow
        {
            OrderId = order.OrderId, Round = rounds.Count + 1, InspectedOn = (body.InspectedOn ?? today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Result = body.Result!, CriticalDefects = body.CriticalDefects!.Value, MajorDefects = body.MajorDefects!.Value, MinorDefects = body.MinorDefects!.Value,
            Note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim(), RecordedAtMs = now.ToUnixTimeMilliseconds(),
        };
        var note = $"Inspection {round.Round} on {round.InspectedOn}: {round.Result} ({round.CriticalDefects} critical, {round.MajorDefects} major, " +
            $"{round.MinorDefects} minor).";
        // The order's version moves first, so that a request that read the same rounds finds the order changed rather than a taken key.
        if (!await context.Step.RecordAsync(DesignSteps.InspectionRecorded, note, now))
        {
            return OrderStepOutcome.Refuse(OrderProblems.ChangedConcurrently(order.OrderId));
        }

        await InspectionStore.InsertAsync(context.Step.Connection, context.Step.Transaction, context.Step.Sql, round);

        var whole = await context.Step.ReadBackAsync();
        return new OrderStepOutcome(ETaggedJson.Created($"/v1/admin/orders/{order.OrderId}", whole.ToResponse(), whole.Order.ETag), true);
    }
}
