using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Artwork.DecideProof;

public sealed class DecideProofEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<DecideProofInput>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/designs/{design}/proofs/{round}/decision");
        Group<V1>();
        Policies(AuthPolicies.Distributor);
        Description(b => b
            .WithName("DecideProof")
            .WithTags("Orders")
            .WithSummary("Approve a proof, or ask for changes")
            .WithDescription("Answers the design's open proof round (the latest, while the design is proof_sent). approved approves the " +
                "design; when it is the order's last design, the order becomes submitted by itself and the made-to-order lead time counts " +
                "from now: each customised line's ship date, the promised ship date and the landed-cost dates move by the days since " +
                "placement. changes_requested (with a comment) sends the design back: the supplier posts a new round, or you upload new " +
                "artwork first. Answers the whole order. An earlier or already answered round is 409 design-state-conflict. Recorded in " +
                "the history (proof_approved or changes_requested) and announced: order.status_changed when the status moves, " +
                "order.design_updated otherwise.")
            .Accepts<ProofDecisionRequest>("application/json")
            .Produces<OrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(DecideProofInput req, CancellationToken ct) =>
        await Send.ResultAsync(await DesignChange.RunAsync(connections, req, Caller.From(User), context => DecideAsync(context, req), ct));

    private async Task<DesignChange.Outcome> DecideAsync(DesignContext context, DecideProofInput input)
    {
        var (order, design) = (context.Order, context.Design);
        var proof = context.Proofs.FirstOrDefault(p => p.Round == input.Round);
        if (proof is null)
        {
            return DesignChange.Outcome.Refuse(ArtworkProblems.ProofNotFound(order.OrderId, design.Design, input.Round));
        }

        if (design.State != DesignStates.ProofSent || proof.Round != context.Proofs.Count || proof.Decision is not null)
        {
            return DesignChange.Outcome.Refuse(ArtworkProblems.Conflict(order, design, proof.Decision is { } decided
                ? $"Proof round {proof.Round} of design {design.Design} was already answered: {decided}."
                : $"Proof round {proof.Round} of design {design.Design} is not the open one; design {design.Design} is {design.State}."));
        }

        var now = clock.GetUtcNow();
        var approved = input.Body.Decision == ProofDecisions.Approved;
        proof.Decision = input.Body.Decision;
        proof.Comment = string.IsNullOrWhiteSpace(input.Body.Comment) ? null : input.Body.Comment.Trim();
        proof.DecidedAtMs = now.ToUnixTimeMilliseconds();
        await DesignStore.DecideAsync(context.Connection, context.Transaction, context.Sql, proof);
        design.State = approved ? DesignStates.Approved : DesignStates.ChangesRequested;
        design.ApprovedRound = approved ? proof.Round : null;
        design.ApprovedAtMs = approved ? proof.DecidedAtMs : null;
        await DesignStore.SaveAsync(context.Connection, context.Transaction, context.Sql, design);

        var lastDesign = approved && (await DesignStore.UnapprovedAsync(context.Connection, context.Transaction, context.Sql, order.OrderId)).Count == 0;
        if (lastDesign)
        {
            await ArtworkApproval.MoveDatesAsync(context.Connection, context.Transaction, context.Sql, order, now);
        }

        var note = approved
            ? $"Proof round {proof.Round} approved" + (lastDesign ? "; every design is approved and production lead time counts from today." : ".")
            : proof.Comment;
        if (!await context.RecordAsync(lastDesign ? OrderStatus.Submitted : order.Status,
                approved ? DesignSteps.ProofApproved : DesignSteps.ChangesRequested, note, now))
        {
            return DesignChange.Outcome.Refuse(OrderProblems.ChangedConcurrently(order.OrderId));
        }

        var updated = await OrderQueries.FindWholeAsync(context.Connection, context.Sql, order.OrderId, null, context.Transaction);
        return new DesignChange.Outcome(ETaggedJson.Of(updated!.ToResponse(), updated.Order.ETag), true);
    }
}
