using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Erp.RedriveDeadLetter;

public sealed class RedriveDeadLetterEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<RedriveDeadLetterInput>
{
    private const string Redrive = "UPDATE outbox_messages " + OutboxRedrive.SetClause + "\nWHERE message_id = @MessageId AND state = 'dead';";

    private const string SelectMessage = OutboxMessageRow.Select + "\nWHERE m.message_id = @MessageId;";

    public override void Configure()
    {
        Post("/erp/dead-letters/{messageId}/redrive");
        Group<AdminGroup>();
        Description(b => b
            .WithName("RedriveErpDeadLetter")
            .WithSummary("Send one dead order event to the ERP again")
            .WithDescription("Puts the message back in the queue, due now, with a fresh attempt budget; the order's later events follow " +
                "it once it is delivered. Answers the message as it now is (state pending). A message that is not dead is 409.")
            .Produces<OutboxMessageResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict), clearDefaults: true);
    }

    public override async Task HandleAsync(RedriveDeadLetterInput req, CancellationToken ct) =>
        await Send.ResultAsync(await RedriveAsync(req.MessageId, ct));

    private async Task<Results<Ok<OutboxMessageResponse>, ProblemHttpResult>> RedriveAsync(string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(connections.Dialect.Render(Redrive),
            new { MessageId = messageId, NowMs = clock.GetUtcNow().ToUnixTimeMilliseconds() });
        var row = await connection.QuerySingleOrDefaultAsync<OutboxMessageRow>(connections.Dialect.Render(SelectMessage), new { MessageId = messageId });
        if (row is null)
        {
            return Problems.NotFound("Outbox message not found.", $"No outbox message has the id {messageId}.");
        }

        return changed == 1 ? TypedResults.Ok(row.ToResponse()) : TypedResults.Problem(
            title: "Only a dead message can be re-driven.",
            detail: $"Message {messageId} is {row.State}: {(row.State == "pending" ? "it is already queued" : "the ERP already has it")}.",
            statusCode: StatusCodes.Status409Conflict,
            type: ProblemTypes.NotDeadLetter,
            extensions: new Dictionary<string, object?> { ["state"] = row.State });
    }
}
