using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.PreProductionSamples.DecideSample;

public sealed class DecideSampleEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<DecideSampleInput>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/pre-production-samples/{round}/decision");
        Group<V1>();
        Policies(AuthPolicies.Distributor);
        Description(b => b
            .WithName("DecideSample")
            .WithTags("Orders")
            .WithSummary("Approve the pre-production sample, or ask for changes")
            .WithDescription("Answers the open sample round (the latest, while the sample is awaiting_approval). approved makes it the " +
                "order's golden sample (preProductionSample.goldenSample): production may start, and the made-to-order lead time counts " +
                "from now, so the customised lines' dates, the promised ship date and the landed-cost dates move by the days the approval " +
                "came later than planned. changes_requested (with a comment) asks the supplier for another sample. An earlier or already " +
                "answered round is 409 sample-state-conflict. Recorded in the history (sample_approved or sample_changes_requested) and " +
                "announced as order.design_updated. Honours If-Match (412 when stale). Answers the whole order.")
            .Accepts<Artwork.DecideProof.ProofDecisionRequest>("application/json")
            .Produces<OrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(DecideSampleInput req, CancellationToken ct) =>
        await Send.ResultAsync(await SampleChange.RunAsync(connections, req.OrderId, req.IfMatch, Caller.From(User), context => DecideAsync(context, req), ct));

    private async Task<OrderStepOutcome> DecideAsync(SampleContext context, DecideSampleInput input)
    {
        var (order, rounds) = (context.Order, context.Rounds);
        if (rounds.FirstOrDefault(r => r.Round == input.Round) is not { } round)
        {
            return OrderStepOutcome.Refuse(SampleProblems.RoundNotFound(order.OrderId, input.Round));
        }

        if (round.Round != rounds.Count || round.Decision is not null)
        {
            return OrderStepOutcome.Refuse(SampleProblems.Conflict(order, round.Decision is { } decided
                ? $"Sample round {round.Round} ({round.Reference}) was already answered: {decided}."
                : $"Sample round {round.Round} ({round.Reference}) is not the open one; round {rounds.Count} is."));
        }

        var now = clock.GetUtcNow();
        var approved = input.Body.Decision == ProofDecisions.Approved;
        round.Decision = input.Body.Decision;
        round.Comment = string.IsNullOrWhiteSpace(input.Body.Comment) ? null : input.Body.Comment.Trim();
        round.DecidedAtMs = now.ToUnixTimeMilliseconds();
        if (!await SampleStore.DecideAsync(context.Step.Connection, context.Step.Transaction, context.Step.Sql, round))
        {
            return OrderStepOutcome.Refuse(OrderProblems.ChangedConcurrently(order.OrderId));
        }

        if (approved)
        {
            await ArtworkApproval.MoveDatesForSampleAsync(context.Step.Connection, context.Step.Transaction, context.Step.Sql, order, now);
        }

        var note = approved
            ? $"Pre-production sample {round.Reference} approved as the golden sample; production may start."
            : round.Comment!;
        if (!await context.Step.RecordAsync(approved ? DesignSteps.SampleApproved : DesignSteps.SampleChangesRequested, note, now))
        {
            return OrderStepOutcome.Refuse(OrderProblems.ChangedConcurrently(order.OrderId));
        }

        var whole = await context.Step.ReadBackAsync();
        return new OrderStepOutcome(ETaggedJson.Of(whole.ToResponse(), whole.Order.ETag), true);
    }
}
