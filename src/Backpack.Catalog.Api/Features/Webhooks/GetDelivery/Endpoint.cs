using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Features.Webhooks.GetWebhook;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks.GetDelivery;

public static class GetDeliveryEndpoint
{
    public const string DeliveryIdDescription = "Delivery id, e.g. whd_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.";

    public static void Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapGet("/{webhookId}/deliveries/{deliveryId}", HandleAsync)
            .WithName("GetWebhookDelivery")
            .WithSummary("Read one delivery with every attempt")
            .WithDescription("Its state (pending, delivered, failed), when the next attempt is due, and each attempt with the " +
                "receiver's status code, duration and error. A ping's Location points here.")
            .Produces<WebhookDeliveryResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<ETaggedJson<WebhookDeliveryResponse>, ProblemHttpResult>> HandleAsync(
        [Description(GetWebhookEndpoint.WebhookIdDescription)] string webhookId,
        [Description(DeliveryIdDescription)] string deliveryId,
        ClaimsPrincipal user, IDbConnectionFactory connections, CancellationToken cancellationToken)
    {
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await WebhookEndpointRow.FindAsync(connection, sql, webhookId, Caller.From(user).DistributorId!) is null)
        {
            return WebhookProblems.NotFound(webhookId);
        }

        var delivery = await WebhookDeliveryRow.FindAsync(connection, sql, webhookId, deliveryId);
        return delivery is null ? WebhookProblems.DeliveryNotFound(webhookId, deliveryId) : ETaggedJson.Of(delivery);
    }
}
