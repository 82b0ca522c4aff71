using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Integrations.Webhooks;
using Dapper;

namespace Backpack.Catalog.Api.Features.Webhooks.Delivery;

/// <summary>
/// Webhook deliveries as a work queue shared by every instance, leased like the ERP outbox (see OutboxStore) but
/// without per-order ordering: receivers put an order's events in sequence and deduplicate them by id (api-docs/webhooks.md).
/// </summary>
public sealed class WebhookDeliveryStore(IDbConnectionFactory connections)
{
    private const string Due = " d.state = 'pending' AND d.next_attempt_at_ms <= @NowMs AND (d.lease_until_ms IS NULL OR d.lease_until_ms < @NowMs) ";

    // A plain read first: an idle poll then takes no write lock, which SQLite would hold against every other writer.
    internal const string AnyDue = "SELECT CASE WHEN EXISTS (SELECT 1 FROM webhook_deliveries d WHERE" + Due + ") THEN 1 ELSE 0 END;";

    // +@BatchSize: a bare LIMIT parameter makes SQLite compile the statement again on every run (see SqlDialect).
    internal const string ClaimSqlite = """
        UPDATE webhook_deliveries SET lease_owner = @Owner, lease_until_ms = @LeaseUntilMs
        WHERE delivery_id IN (
          SELECT d.delivery_id FROM webhook_deliveries d
          WHERE
        """ + Due + """
          ORDER BY d.next_attempt_at_ms
          LIMIT +@BatchSize)
        RETURNING delivery_id, webhook_id, event_id, payload, attempts, attempts_at_requeue;
        """;

    // Locking hints as in OutboxStore.ClaimSqlServer: concurrent claimers skip each other's rows instead of sharing them.
    internal const string ClaimSqlServer = """
        WITH due AS (
          SELECT TOP (@BatchSize) d.delivery_id, d.webhook_id, d.event_id, d.payload, d.attempts, d.attempts_at_requeue, d.lease_owner, d.lease_until_ms
          FROM webhook_deliveries d WITH (UPDLOCK, READPAST, ROWLOCK)
          WHERE
        """ + Due + """
          ORDER BY d.next_attempt_at_ms)
        UPDATE due SET lease_owner = @Owner, lease_until_ms = @LeaseUntilMs
        OUTPUT inserted.delivery_id, inserted.webhook_id, inserted.event_id, inserted.payload, inserted.attempts, inserted.attempts_at_requeue;
        """;

    internal const string SelectReceivers = """
        SELECT e.webhook_id, e.url, e.secret
        FROM webhook_endpoints e
        WHERE e.webhook_id IN @WebhookIds AND e.disabled_at_ms IS NULL;
        """;

    internal const string MarkDelivered = """
        UPDATE webhook_deliveries
        SET state = 'delivered', attempts = attempts + 1, last_status_code = @StatusCode, last_error = NULL,
            delivered_at_ms = @NowMs, lease_until_ms = NULL
        WHERE delivery_id = @DeliveryId AND lease_owner = @Owner AND state = 'pending';
        """;

    internal const string MarkFailed = """
        UPDATE webhook_deliveries
        SET attempts = attempts + 1, last_status_code = @StatusCode, last_error = @Error, next_attempt_at_ms = @NextAttemptAtMs,
            lease_until_ms = NULL,
            state = CASE WHEN attempts + 1 - attempts_at_requeue >= @MaxAttempts THEN 'failed' ELSE 'pending' END
        WHERE delivery_id = @DeliveryId AND lease_owner = @Owner AND state = 'pending';
        """;

    internal const string InsertAttempt = """
        INSERT INTO webhook_attempts (delivery_id, attempt, at_ms, status_code, duration_ms, error)
        VALUES (@DeliveryId, @Attempt, @AtMs, @StatusCode, @DurationMs, @Error);
        """;

    private sealed class ClaimedRow
    {
        public string DeliveryId { get; init; } = "";
        public string WebhookId { get; init; } = "";
        public string EventId { get; init; } = "";
        public string Payload { get; init; } = "";
        public int Attempts { get; init; }
        public int AttemptsAtRequeue { get; init; }
    }

    private sealed class ReceiverRow
    {
        public string WebhookId { get; init; } = "";
        public string Url { get; init; } = "";
        public string Secret { get; init; } = "";
    }

    /// <summary>A leased delivery, where it goes, and how many attempts it has had (in all, and in this round).</summary>
    public sealed record Claimed(string DeliveryId, string EventId, string Payload, Uri Url, string Secret, int Attempts, int AttemptsThisRound);

    /// <summary>Leases due deliveries; ones whose webhook was deleted meanwhile are left out (deleting already failed them).</summary>
    public async Task<IReadOnlyList<Claimed>> ClaimAsync(string owner, int batchSize, long nowMs, long leaseUntilMs, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(connections.Dialect.Render(AnyDue), new { NowMs = nowMs },
                cancellationToken: cancellationToken)) == 0)
        {
            return [];
        }

        List<ClaimedRow> rows;
        using (await connections.TakeWriteTurnAsync(cancellationToken))
        {
            rows = (await connection.QueryAsync<ClaimedRow>(new CommandDefinition(
                connections.Dialect.Pick(ClaimSqlite, ClaimSqlServer),
                new { Owner = owner, BatchSize = batchSize, NowMs = nowMs, LeaseUntilMs = leaseUntilMs },
                cancellationToken: cancellationToken))).AsList();
        }

        if (rows.Count == 0)
        {
            return [];
        }

        var receivers = (await connection.QueryAsync<ReceiverRow>(new CommandDefinition(connections.Dialect.Render(SelectReceivers),
                new { WebhookIds = rows.Select(r => r.WebhookId).Distinct().ToList() }, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.WebhookId, StringComparer.Ordinal);
        return rows.Where(r => receivers.ContainsKey(r.WebhookId))
            .Select(r => new Claimed(r.DeliveryId, r.EventId, r.Payload, new Uri(receivers[r.WebhookId].Url), receivers[r.WebhookId].Secret,
                r.Attempts, r.Attempts - r.AttemptsAtRequeue))
            .ToList();
    }

    /// <summary>Records one attempt and its outcome; false when the lease had already passed to another instance.</summary>
    public async Task<bool> RecordAsync(string owner, Claimed claimed, WebhookSender.Attempt attempt, long nextAttemptAtMs, int maxAttempts)
    {
        // Not cancellable: once the receiver has answered, the answer is written even while the app shuts down.
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        using var turn = await connections.TakeWriteTurnAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        var sql = connections.Dialect;
        var changed = attempt.Delivered
            ? await connection.ExecuteAsync(sql.Render(MarkDelivered), new
            {
                claimed.DeliveryId, Owner = owner, attempt.StatusCode, NowMs = (attempt.At + attempt.Duration).ToUnixTimeMilliseconds(),
            }, transaction)
            : await connection.ExecuteAsync(sql.Render(MarkFailed), new
            {
                claimed.DeliveryId, Owner = owner, attempt.StatusCode, attempt.Error, NextAttemptAtMs = nextAttemptAtMs, MaxAttempts = maxAttempts,
            }, transaction);
        if (changed != 1)
        {
            return false;
        }

        await connection.ExecuteAsync(sql.Render(InsertAttempt), new
        {
            claimed.DeliveryId, Attempt = claimed.Attempts + 1, AtMs = attempt.At.ToUnixTimeMilliseconds(), attempt.StatusCode,
            DurationMs = (long)attempt.Duration.TotalMilliseconds, attempt.Error,
        }, transaction);
        await transaction.CommitAsync();
        return true;
    }
}
