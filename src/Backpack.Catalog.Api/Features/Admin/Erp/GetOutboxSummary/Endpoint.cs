using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.Api.Integrations.Erp;
using Dapper;
using FastEndpoints;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Admin.Erp.GetOutboxSummary;

/// <param name="ErpConfigured">False while Erp:BaseUrl is unset: messages queue and nothing is sent.</param>
/// <param name="OldestPendingAt">When the oldest undelivered message was written; how far behind the ERP is.</param>
public sealed record OutboxSummaryResponse(
    bool ErpConfigured,
    [property: Range(0, int.MaxValue)] int Pending,
    [property: Range(0, int.MaxValue)] int Delivered,
    [property: Range(0, int.MaxValue)] int Dead,
    DateTime? OldestPendingAt)
{
    public static OutboxSummaryResponse Example => new(true, 2, 1280, 1, DocumentExamples.PlacedAt);
}

public sealed class GetOutboxSummaryEndpoint(IDbConnectionFactory connections, IOptions<ErpOptions> erp) : EndpointWithoutRequest
{
    // Not "Summary": that would hide the endpoint's own Summary(...) configuration method.
    private const string SelectSummary = """
        SELECT
          COALESCE(SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0) AS pending,
          COALESCE(SUM(CASE WHEN state = 'delivered' THEN 1 ELSE 0 END), 0) AS delivered,
          COALESCE(SUM(CASE WHEN state = 'dead' THEN 1 ELSE 0 END), 0) AS dead,
          MIN(CASE WHEN state = 'pending' THEN created_at_ms END) AS oldest_pending_at_ms
        FROM outbox_messages;
        """;

    private sealed class SummaryRow
    {
        public int Pending { get; init; }
        public int Delivered { get; init; }
        public int Dead { get; init; }
        public long? OldestPendingAtMs { get; init; }
    }

    public override void Configure()
    {
        Get("/erp/outbox");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetErpOutboxSummary")
            .WithSummary("How far order delivery to the ERP has got")
            .WithDescription("Counts of order events pending, delivered and dead, and the age of the oldest pending one. Pending that " +
                "keeps growing means the ERP is down or slow; dead above zero needs a look at the dead letters.")
            .Produces<OutboxSummaryResponse>(), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var row = await connection.QuerySingleAsync<SummaryRow>(new CommandDefinition(connections.Dialect.Render(SelectSummary), cancellationToken: ct));
        await Send.ResultAsync(TypedResults.Ok(new OutboxSummaryResponse(erp.Value.BaseUrl is not null, row.Pending, row.Delivered, row.Dead,
            row.OldestPendingAtMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime : null)));
    }
}
