using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Integrations.Webhooks;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks.CreateWebhook;

public sealed class CreateWebhookEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<CreateWebhookRequest>
{
    // Writing the distributor's row first makes concurrent registrations of one distributor queue up, on both engines,
    // so the count below cannot be raced past the limit.
    private const string LockDistributor = "UPDATE distributors SET updated_at_ms = updated_at_ms WHERE distributor_id = @DistributorId;";

    private const string InsertBelowLimit = """
        INSERT INTO webhook_endpoints (webhook_id, distributor_id, url, description, secret, created_at_ms)
        SELECT @WebhookId, @DistributorId, @Url, @Description, @Secret, @NowMs
        WHERE (SELECT COUNT(*) FROM webhook_endpoints e WHERE e.distributor_id = @DistributorId AND e.disabled_at_ms IS NULL) < @MaxEndpoints;
        """;

    public override void Configure()
    {
        Post("");
        Group<WebhooksGroup>();
        Description(b => b
            .WithName("CreateWebhook")
            .WithSummary("Register a webhook and receive its signing secret (shown once)")
            .WithDescription("Every order event of yours (order.placed, order.status_changed) is then POSTed to the URL, signed with " +
                "HMAC-SHA256 as api-docs/webhooks.md describes. The answer carries the signing secret: this is the only time it is shown. " +
                $"At most {WebhooksOptions.MaxEndpointsPerDistributor} webhooks per distributor (409 beyond that). The URL must be https. " +
                "Send a test event with POST /v1/webhooks/{webhookId}/ping.")
            .Accepts<CreateWebhookRequest>("application/json")
            .ProducesValidationProblem()
            .Produces<CreatedWebhookResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateWebhookRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await CreateAsync(req, ct));

    private async Task<Results<Created<CreatedWebhookResponse>, ProblemHttpResult>> CreateAsync(
        CreateWebhookRequest request, CancellationToken cancellationToken)
    {
        var distributorId = Caller.From(User).DistributorId!;
        var now = clock.GetUtcNow();
        var created = new CreatedWebhookResponse(WebhookIds.NewWebhookId(), request.Url!, request.Description, WebhookSignature.NewSecret(), now.UtcDateTime);

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sql = connections.Dialect;
        await connection.ExecuteAsync(sql.Render(LockDistributor), new { DistributorId = distributorId }, transaction);
        var inserted = await connection.ExecuteAsync(sql.Render(InsertBelowLimit), new
        {
            WebhookId = created.Id, DistributorId = distributorId, created.Url, created.Description, created.Secret,
            NowMs = now.ToUnixTimeMilliseconds(), MaxEndpoints = WebhooksOptions.MaxEndpointsPerDistributor,
        }, transaction);
        if (inserted == 0)
        {
            return WebhookProblems.LimitReached();
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/v1/webhooks/{created.Id}", created);
    }
}
