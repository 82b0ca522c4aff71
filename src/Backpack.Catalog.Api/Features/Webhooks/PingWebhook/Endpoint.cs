using System.Text.Json;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks.PingWebhook;

public sealed class PingWebhookEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<WebhookRoute>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string InsertPing = """
        INSERT INTO webhook_deliveries (delivery_id, webhook_id, event_id, event_type, order_id, payload, state, attempts, next_attempt_at_ms, created_at_ms)
        VALUES (@DeliveryId, @WebhookId, @EventId, @EventType, NULL, @Payload, 'pending', 0, @NowMs, @NowMs);
        """;

    /// <summary>The data of a webhook.ping event.</summary>
    public sealed record PingData(string WebhookId, string Message);

    public override void Configure()
    {
        Post("/{webhookId}/ping");
        Group<WebhooksGroup>();
        Description(b => b
            .WithName("PingWebhook")
            .WithSummary("Send a test event (webhook.ping) to a webhook")
            .WithDescription("Queues a webhook.ping event, signed and retried exactly like order events, and answers 202 with the " +
                "queued delivery; its Location shows how the delivery went (state, attempts, the receiver's status codes). " +
                "Use it to check your receiver's signature verification before real orders flow.")
            .Produces<WebhookDeliveryResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(WebhookRoute req, CancellationToken ct) =>
        await Send.ResultAsync(await PingAsync(req.WebhookId, ct));

    private async Task<Results<Accepted<WebhookDeliveryResponse>, ProblemHttpResult>> PingAsync(
        string webhookId, CancellationToken cancellationToken)
    {
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await WebhookEndpointRow.FindAsync(connection, sql, webhookId, Caller.From(User).DistributorId!) is null)
        {
            return WebhookProblems.NotFound(webhookId);
        }

        var now = clock.GetUtcNow();
        var deliveryId = WebhookIds.NewDeliveryId();
        var eventId = WebhookIds.NewEventId();
        var data = JsonSerializer.Serialize(new PingData(webhookId, "A test event from Backpack.Catalog. Answer with any 2xx status."), Json);
        await connection.ExecuteAsync(sql.Render(InsertPing), new
        {
            DeliveryId = deliveryId, WebhookId = webhookId, EventId = eventId, EventType = WebhookEnvelope.Ping,
            Payload = WebhookEnvelope.Build(eventId, WebhookEnvelope.Ping, now, data), NowMs = now.ToUnixTimeMilliseconds(),
        });
        var delivery = await WebhookDeliveryRow.FindAsync(connection, sql, webhookId, deliveryId);
        return TypedResults.Accepted($"/v1/webhooks/{webhookId}/deliveries/{deliveryId}", delivery);
    }
}
