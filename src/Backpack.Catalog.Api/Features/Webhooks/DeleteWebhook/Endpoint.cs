using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks.DeleteWebhook;

public sealed class DeleteWebhookEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<WebhookRoute>
{
    private const string Disable = """
        UPDATE webhook_endpoints SET disabled_at_ms = @NowMs
        WHERE webhook_id = @WebhookId AND distributor_id = @DistributorId AND disabled_at_ms IS NULL;
        """;

    private const string FailPending = """
        UPDATE webhook_deliveries
        SET state = 'failed', last_error = 'The webhook was deleted before this event was delivered.', lease_until_ms = NULL
        WHERE webhook_id = @WebhookId AND state = 'pending';
        """;

    public override void Configure()
    {
        Delete("/{webhookId}");
        Group<WebhooksGroup>();
        Description(b => b
            .WithName("DeleteWebhook")
            .WithSummary("Delete a webhook; nothing more is sent to it")
            .WithDescription("Events still waiting for delivery to it are marked failed and not sent. Its secret stops being used. " +
                "The webhook, its deliveries and its attempts are no longer readable; deleting it again is 404.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(WebhookRoute req, CancellationToken ct) =>
        await Send.ResultAsync(await DeleteAsync(req.WebhookId, ct));

    private async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string webhookId, CancellationToken cancellationToken)
    {
        if (!WebhookIds.IsWebhookId(webhookId))
        {
            return WebhookProblems.NotFound(webhookId);
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sql = connections.Dialect;
        var disabled = await connection.ExecuteAsync(sql.Render(Disable), new
        {
            WebhookId = webhookId, Caller.From(User).DistributorId, NowMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        }, transaction);
        if (disabled == 0)
        {
            return WebhookProblems.NotFound(webhookId);
        }

        await connection.ExecuteAsync(sql.Render(FailPending), new { WebhookId = webhookId }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
