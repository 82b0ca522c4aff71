using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks.RedeliverDelivery;

public sealed class RedeliverDeliveryEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<DeliveryRoute>
{
    // A finished delivery starts a new round (the full retry schedule again); a pending one keeps its round and is just due now.
    private const string Requeue = """
        UPDATE webhook_deliveries
        SET attempts_at_requeue = CASE WHEN state = 'pending' THEN attempts_at_requeue ELSE attempts END,
            state = 'pending', next_attempt_at_ms = @NowMs, delivered_at_ms = NULL
        WHERE delivery_id = @DeliveryId AND webhook_id = @WebhookId;
        """;

    public override void Configure()
    {
        Post("/{webhookId}/deliveries/{deliveryId}/redeliver");
        Group<WebhooksGroup>();
        Description(b => b
            .WithName("RedeliverWebhookDelivery")
            .WithSummary("Send a delivery again, now")
            .WithDescription("Puts a failed or delivered delivery back in the queue, due at once, with a full round of attempts " +
                "again (Webhooks:MaxAttempts, 8 by default) on the usual schedule; a pending one is simply made due now. " +
                "The body and event id are unchanged (each attempt is signed afresh), so a receiver that already has the event " +
                "recognises it by its id. Answers 202 with the delivery.")
            .Produces<WebhookDeliveryResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(DeliveryRoute req, CancellationToken ct) =>
        await Send.ResultAsync(await RedeliverAsync(req.WebhookId, req.DeliveryId, ct));

    private async Task<Results<Accepted<WebhookDeliveryResponse>, ProblemHttpResult>> RedeliverAsync(
        string webhookId, string deliveryId, CancellationToken cancellationToken)
    {
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await WebhookEndpointRow.FindAsync(connection, sql, webhookId, Caller.From(User).DistributorId!) is null)
        {
            return WebhookProblems.NotFound(webhookId);
        }

        if (!WebhookIds.IsDeliveryId(deliveryId)
            || await connection.ExecuteAsync(sql.Render(Requeue), new
            {
                DeliveryId = deliveryId, WebhookId = webhookId, NowMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            }) == 0)
        {
            return WebhookProblems.DeliveryNotFound(webhookId, deliveryId);
        }

        var delivery = await WebhookDeliveryRow.FindAsync(connection, sql, webhookId, deliveryId);
        return TypedResults.Accepted($"/v1/webhooks/{webhookId}/deliveries/{deliveryId}", delivery);
    }
}
