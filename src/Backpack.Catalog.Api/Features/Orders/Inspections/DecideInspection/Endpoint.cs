using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Inspections.DecideInspection;

public sealed class DecideInspectionEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<DecideInspectionInput>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/inspections/{round}/decision");
        Group<V1>();
        Policies(AuthPolicies.Distributor);
        Description(b => b
            .WithName("DecideInspection")
            .WithTags("Orders")
            .WithSummary("Accept a failed inspection with a concession, or ask for rework")
            .WithDescription("Answers the latest inspection round when it failed. concession takes the goods as they are: shipping may go " +
                "on. rework sends them back to the factory: they ship only after a new inspection passes. A passed, earlier or already " +
                "answered round is 409 inspection-state-conflict. Recorded in the history (inspection_concession or inspection_rework) and " +
                "announced as order.inspection_updated. Honours If-Match (412 when stale). Answers the whole order.")
            .Accepts<InspectionDecisionRequest>("application/json")
            .Produces<OrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(DecideInspectionInput req, CancellationToken ct) =>
        await Send.ResultAsync(await InspectionChange.RunAsync(connections, req.OrderId, req.IfMatch, Caller.From(User), context => DecideAsync(context, req), ct));

    private async Task<OrderStepOutcome> DecideAsync(InspectionContext context, DecideInspectionInput input)
    {
        var (order, rounds) = (context.Order, context.Rounds);
        if (rounds.FirstOrDefault(r => r.Round == input.Round) is not { } round)
        {
            return OrderStepOutcome.Refuse(InspectionProblems.RoundNotFound(order.OrderId, input.Round));
        }

        if (round.Round != rounds.Count || round.Result != InspectionResults.Fail || round.Decision is not null)
        {
            return OrderStepOutcome.Refuse(InspectionProblems.Conflict(order, round.Result == InspectionResults.Pass
                ? $"Inspection {round.Round} passed: there is nothing to accept or rework."
                : round.Decision is { } decided ? $"Inspection {round.Round} was already answered: {decided}."
                : $"Inspection {round.Round} is not the latest; round {rounds.Count} is."));
        }

        if (input.Body.Decision == InspectionResults.Rework && rounds.Count >= InspectionStates.MaxRounds)
        {
            return OrderStepOutcome.Refuse(InspectionProblems.Conflict(order,
                $"Inspection {round.Round} is the last of the {InspectionStates.MaxRounds} an order takes: accept it with a concession, or settle it with the supplier."));
        }

        var now = clock.GetUtcNow();
        (round.Decision, round.Comment, round.DecidedAtMs) = (input.Body.Decision, input.Body.Comment!.Trim(), now.ToUnixTimeMilliseconds());
        if (!await InspectionStore.DecideAsync(context.Step.Connection, context.Step.Transaction, context.Step.Sql, round))
        {
            return OrderStepOutcome.Refuse(OrderProblems.ChangedConcurrently(order.OrderId));
        }

        var concession = round.Decision == InspectionResults.Concession;
        if (!await context.Step.RecordAsync(concession ? DesignSteps.InspectionConcession : DesignSteps.InspectionRework, round.Comment, now))
        {
            return OrderStepOutcome.Refuse(OrderProblems.ChangedConcurrently(order.OrderId));
        }

        var whole = await context.Step.ReadBackAsync();
        return new OrderStepOutcome(ETaggedJson.Of(whole.ToResponse(), whole.Order.ETag), true);
    }
}
