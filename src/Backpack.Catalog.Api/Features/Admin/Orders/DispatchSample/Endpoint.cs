using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.PreProductionSamples;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Orders.DispatchSample;

public sealed class DispatchSampleEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<OrderChange<DispatchSampleRequest>>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/pre-production-samples");
        Group<AdminGroup>();
        Description(b => b
            .WithName("DispatchSample")
            .WithSummary("Record a pre-production sample sent to the distributor")
            .WithDescription("For an order that asked for a pre-production sample, once every design is approved (the order is submitted or " +
                "confirmed) and no sample waits for an answer: records the sample sent by courier, with its reference, carrier and tracking " +
                "number, as the next round (at most 5); the sample becomes awaiting_approval. Otherwise 409 sample-state-conflict. Recorded " +
                "in the history as sample_dispatched and announced as order.design_updated. Honours If-Match (412 when stale). 201 with the order.")
            .Accepts<DispatchSampleRequest>("application/json")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderChange<DispatchSampleRequest> req, CancellationToken ct) =>
        await Send.ResultAsync(await SampleChange.RunAsync(connections, req.OrderId, req.IfMatch, Caller.From(User), context => DispatchAsync(context, req.Body), ct));

    private async Task<OrderStepOutcome> DispatchAsync(SampleContext context, DispatchSampleRequest body)
    {
        var (order, rounds) = (context.Order, context.Rounds);
        var state = SampleStates.Of(order, rounds);
        if (state is not (SampleStates.AwaitingDispatch or SampleStates.ChangesRequested))
        {
            return OrderStepOutcome.Refuse(SampleProblems.Conflict(order,
                $"Order {order.OrderId}'s pre-production sample is {state}: a new sample is sent only when none waits for an answer and none is approved."));
        }

        if (rounds.Count >= SampleLimits.MaxRounds)
        {
            return OrderStepOutcome.Refuse(SampleProblems.Conflict(order, $"Order {order.OrderId} has had {SampleLimits.MaxRounds} sample rounds, the most one order takes."));
        }

        if (rounds.Any(r => string.Equals(r.Reference, body.Reference, StringComparison.OrdinalIgnoreCase)))
        {
            return OrderStepOutcome.Refuse(SampleProblems.Conflict(order, $"Order {order.OrderId} already has a sample {body.Reference}: give each sample its own reference."));
        }

        var now = clock.GetUtcNow();
        var round = new SampleRoundRow
        {
            OrderId = order.OrderId, Round = rounds.Count + 1, Reference = body.Reference!, Carrier = body.Carrier?.Trim(), TrackingNumber = body.TrackingNumber,
            Note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim(), DispatchedAtMs = now.ToUnixTimeMilliseconds(),
        };
        var sent = $"Pre-production sample {round.Reference} (round {round.Round}) sent" +
            (round.Carrier is null ? "" : $" by {round.Carrier}") + (round.TrackingNumber is null ? "" : $", tracking {round.TrackingNumber}") + ".";
        // The order's version moves first, so that a request that read the same rounds finds the order changed rather than a taken key.
        if (!await context.Step.RecordAsync(DesignSteps.SampleDispatched, round.Note is null ? sent : $"{sent} {round.Note}", now))
        {
            return OrderStepOutcome.Refuse(OrderProblems.ChangedConcurrently(order.OrderId));
        }

        await SampleStore.InsertAsync(context.Step.Connection, context.Step.Transaction, context.Step.Sql, round);

        var whole = await context.Step.ReadBackAsync();
        return new OrderStepOutcome(ETaggedJson.Created($"/v1/admin/orders/{order.OrderId}", whole.ToResponse(), whole.Order.ETag), true);
    }
}
