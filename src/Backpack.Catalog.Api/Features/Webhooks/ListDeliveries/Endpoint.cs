using Backpack.Catalog.Api.Features.Admin;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks.ListDeliveries;

public sealed class ListDeliveriesEndpoint(IDbConnectionFactory connections) : Endpoint<ListDeliveriesRequest>
{
    // Delivery ids start with a time-ordered UUID, so descending id order is newest first.
    private const string SelectPage = WebhookDeliveryRow.Select + """

        WHERE d.webhook_id = @WebhookId
          AND (@State IS NULL OR d.state = @State)
          AND (@AfterId IS NULL OR d.delivery_id < @AfterId)
        ORDER BY d.delivery_id DESC
        LIMIT @Limit
        """;

    public override void Configure()
    {
        Get("/{webhookId}/deliveries");
        Group<WebhooksGroup>();
        Description(b => b
            .WithName("ListWebhookDeliveries")
            .WithSummary("List a webhook's deliveries with every attempt, newest first")
            .WithDescription("One delivery per event sent to this webhook: its state, when the next attempt is due, and each attempt " +
                "with the receiver's status code, duration and error. Filter with state (pending, delivered, failed); page with limit " +
                "(1 to 100, default 50) and the nextCursor of the previous page.")
            .ProducesValidationProblem()
            .Produces<ListDeliveriesResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(ListDeliveriesRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListDeliveriesResponse>, ValidationProblem, ProblemHttpResult>> PageAsync(
        ListDeliveriesRequest request, CancellationToken cancellationToken)
    {
        var filters = $"{request.WebhookId}|{request.State}";
        if (!request.TryReadCursor(filters, out var afterId))
        {
            return AdminPageRequest.CursorProblem();
        }

        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await WebhookEndpointRow.FindAsync(connection, sql, request.WebhookId, Caller.From(User).DistributorId!) is null)
        {
            return WebhookProblems.NotFound(request.WebhookId);
        }

        var limit = request.Limit ?? AdminPageRequest.DefaultLimit;
        var rows = (await connection.QueryAsync<WebhookDeliveryRow>(sql.Render(SelectPage),
            new { request.WebhookId, request.State, AfterId = afterId, Limit = limit + 1 })).AsList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, filters, r => r.DeliveryId);
        return ETaggedJson.Of(new ListDeliveriesResponse(await WebhookDeliveryRow.WithAttemptsAsync(connection, sql, page), next, limit));
    }
}
