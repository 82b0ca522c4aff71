using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks.GetWebhook;

public static class GetWebhookEndpoint
{
    public const string WebhookIdDescription = "Webhook id, e.g. whk_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.";

    public static void Map(IEndpointRouteBuilder webhooks) =>
        webhooks.MapGet("/{webhookId}", HandleAsync)
            .WithName("GetWebhook")
            .WithSummary("Read one of your webhooks")
            .WithDescription("The URL and description, never the secret. Another distributor's webhook is 404, like one that does not exist.")
            .Produces<WebhookResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<ETaggedJson<WebhookResponse>, ProblemHttpResult>> HandleAsync(
        [Description(WebhookIdDescription)] string webhookId,
        ClaimsPrincipal user, IDbConnectionFactory connections, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await WebhookEndpointRow.FindAsync(connection, connections.Dialect, webhookId, Caller.From(user).DistributorId!);
        return row is null ? WebhookProblems.NotFound(webhookId) : ETaggedJson.Of(row.ToResponse());
    }
}
