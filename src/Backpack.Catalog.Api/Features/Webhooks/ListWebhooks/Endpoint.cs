using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Integrations.Webhooks;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Webhooks.ListWebhooks;

/// <summary>All your webhooks; there are at most five, so there is a single page.</summary>
public sealed record ListWebhooksResponse([property: MaxLength(WebhooksOptions.MaxEndpointsPerDistributor)] IReadOnlyList<WebhookResponse> Items)
{
    public static ListWebhooksResponse Example => new([WebhookResponse.Example]);
}

public sealed class ListWebhooksEndpoint(IDbConnectionFactory connections) : EndpointWithoutRequest
{
    private const string SelectOwn = WebhookEndpointRow.Select + """

        WHERE e.distributor_id = @DistributorId AND e.disabled_at_ms IS NULL
        ORDER BY e.webhook_id;
        """;

    public override void Configure()
    {
        Get("");
        Group<WebhooksGroup>();
        Description(b => b
            .WithName("ListWebhooks")
            .WithSummary("List your webhooks, oldest first")
            .WithDescription($"Your registered webhooks (at most {WebhooksOptions.MaxEndpointsPerDistributor}), without their secrets. " +
                "Deleted webhooks are not listed.")
            .Produces<ListWebhooksResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<WebhookEndpointRow>(connections.Dialect.Render(SelectOwn), new { Caller.From(User).DistributorId });
        await Send.ResultAsync(ETaggedJson.Of(new ListWebhooksResponse(rows.Select(r => r.ToResponse()).ToList())));
    }
}
