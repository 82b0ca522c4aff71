using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Features.Webhooks.GetWebhook;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks.DeleteWebhook;

public static class DeleteWebhookEndpoint
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

    public static void Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapDelete("/{webhookId}", HandleAsync)
            .WithName("DeleteWebhook")
            .WithSummary("Delete a webhook; nothing more is sent to it")
            .WithDescription("Events still waiting for delivery to it are marked failed and not sent. Its secret stops being used. " +
                "The webhook, its deliveries and its attempts are no longer readable; deleting it again is 404.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        [Description(GetWebhookEndpoint.WebhookIdDescription)] string webhookId,
        ClaimsPrincipal user, IDbConnectionFactory connections, TimeProvider clock, CancellationToken cancellationToken)
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
            WebhookId = webhookId, Caller.From(user).DistributorId, NowMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
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
