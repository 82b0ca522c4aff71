using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks.GetDelivery;

public sealed class GetDeliveryEndpoint(IDbConnectionFactory connections) : Endpoint<DeliveryRoute>
{
    public const string DeliveryIdDescription = "Delivery id, e.g. whd_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.";

    public override void Configure()
    {
        Get("/{webhookId}/deliveries/{deliveryId}");
        Group<WebhooksGroup>();
        Description(b => b
            .WithName("GetWebhookDelivery")
            .WithSummary("Read one delivery with every attempt")
            .WithDescription("Its state (pending, delivered, failed), when the next attempt is due, and each attempt with the " +
                "receiver's status code, duration and error. A ping's Location points here.")
            .Produces<WebhookDeliveryResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(DeliveryRoute req, CancellationToken ct) =>
        await Send.ResultAsync(await FindAsync(req.WebhookId, req.DeliveryId, ct));

    private async Task<Results<ETaggedJson<WebhookDeliveryResponse>, ProblemHttpResult>> FindAsync(
        string webhookId, string deliveryId, CancellationToken cancellationToken)
    {
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await WebhookEndpointRow.FindAsync(connection, sql, webhookId, Caller.From(User).DistributorId!) is null)
        {
            return WebhookProblems.NotFound(webhookId);
        }

        var delivery = await WebhookDeliveryRow.FindAsync(connection, sql, webhookId, deliveryId);
        return delivery is null ? WebhookProblems.DeliveryNotFound(webhookId, deliveryId) : ETaggedJson.Of(delivery);
    }
}
