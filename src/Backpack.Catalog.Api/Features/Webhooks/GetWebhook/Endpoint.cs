using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Webhooks.GetWebhook;

public sealed class GetWebhookEndpoint(IDbConnectionFactory connections) : Endpoint<WebhookRoute>
{
    public const string WebhookIdDescription = "Webhook id, e.g. whk_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.";

    public override void Configure()
    {
        Get("/{webhookId}");
        Group<WebhooksGroup>();
        Description(b => b
            .WithName("GetWebhook")
            .WithSummary("Read one of your webhooks")
            .WithDescription("The URL and description, never the secret. Another distributor's webhook is 404, like one that does not exist.")
            .Produces<WebhookResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(WebhookRoute req, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var row = await WebhookEndpointRow.FindAsync(connection, connections.Dialect, req.WebhookId, Caller.From(User).DistributorId!);
        await Send.ResultAsync(row is null ? WebhookProblems.NotFound(req.WebhookId) : ETaggedJson.Of(row.ToResponse()));
    }
}
