using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Integrations.Erp;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Delivery;

/// <summary>
/// The outbox as a work queue shared by every instance. A claim leases due messages to one dispatcher in a single
/// statement, so two instances never hold the same message; only the oldest undelivered message of each order is
/// claimable, so an order's events reach the ERP in order (a dead message holds back the ones after it until re-driven).
/// </summary>
public sealed class OutboxStore(IDbConnectionFactory connections)
{
    private const string DueMessages = """
        WHERE m.state = 'pending' AND m.next_attempt_at_ms <= @NowMs
          AND (m.lease_until_ms IS NULL OR m.lease_until_ms < @NowMs)
          AND NOT EXISTS (SELECT 1 FROM outbox_messages p
                          WHERE p.order_id = m.order_id AND p.sequence < m.sequence AND p.state <> 'delivered')
        """;

    // A plain read first: an idle poll then takes no write lock, which SQLite would hold against every other writer.
    internal const string AnyDue = "SELECT CASE WHEN EXISTS (SELECT 1 FROM outbox_messages m\n" + DueMessages + ") THEN 1 ELSE 0 END;";

    // SQLite runs one writer at a time, so the UPDATE is atomic against every other claimer, under WAL too.
    // +@BatchSize: a bare LIMIT parameter makes SQLite compile the statement again on every run (see SqlDialect).
    internal const string ClaimSqlite = """
        UPDATE outbox_messages SET lease_owner = @Owner, lease_until_ms = @LeaseUntilMs
        WHERE message_id IN (
          SELECT m.message_id FROM outbox_messages m
        """ + "\n" + DueMessages + "\n" + """
          ORDER BY m.next_attempt_at_ms, m.created_at_ms, m.sequence
          LIMIT +@BatchSize)
        RETURNING message_id, order_id, sequence, event_type, payload, attempts;
        """;

    // UPDLOCK holds the picked rows until the lease is written; READPAST lets a concurrent claimer skip rows another
    // instance is claiming instead of waiting for them (or taking them too); ROWLOCK keeps the locks to those rows.
    internal const string ClaimSqlServer = """
        WITH due AS (
          SELECT TOP (@BatchSize) m.message_id, m.order_id, m.sequence, m.event_type, m.payload, m.attempts, m.lease_owner, m.lease_until_ms
          FROM outbox_messages m WITH (UPDLOCK, READPAST, ROWLOCK)
        """ + "\n" + DueMessages + "\n" + """
          ORDER BY m.next_attempt_at_ms, m.created_at_ms, m.sequence)
        UPDATE due SET lease_owner = @Owner, lease_until_ms = @LeaseUntilMs
        OUTPUT inserted.message_id, inserted.order_id, inserted.sequence, inserted.event_type, inserted.payload, inserted.attempts;
        """;

    internal const string MarkDelivered = """
        UPDATE outbox_messages
        SET state = 'delivered', attempts = attempts + 1, erp_reference = @ErpReference, delivered_at_ms = @NowMs, lease_until_ms = NULL
        WHERE message_id = @MessageId AND lease_owner = @Owner AND state = 'pending';
        """;

    internal const string MarkFailed = """
        UPDATE outbox_messages
        SET attempts = attempts + 1, last_error = @Error, next_attempt_at_ms = @NextAttemptAtMs, lease_until_ms = NULL,
            state = CASE WHEN attempts + 1 >= @MaxAttempts OR @Rejected = 1 THEN 'dead' ELSE 'pending' END
        WHERE message_id = @MessageId AND lease_owner = @Owner AND state = 'pending';
        """;

    // The attempt never happened (open circuit): the message keeps its attempt count and its last real error.
    internal const string Postpone = """
        UPDATE outbox_messages SET next_attempt_at_ms = @NextAttemptAtMs, lease_until_ms = NULL
        WHERE message_id = @MessageId AND lease_owner = @Owner AND state = 'pending';
        """;

    internal const string ReleaseLeases = """
        UPDATE outbox_messages SET lease_until_ms = NULL
        WHERE lease_owner = @Owner AND state = 'pending' AND lease_until_ms IS NOT NULL;
        """;

    private sealed class ClaimedRow
    {
        public string MessageId { get; init; } = "";
        public string OrderId { get; init; } = "";
        public int Sequence { get; init; }
        public string EventType { get; init; } = "";
        public string Payload { get; init; } = "";
        public int Attempts { get; init; }
    }

    /// <summary>A leased message and how many attempts it has already had.</summary>
    public sealed record Claimed(ErpClient.Message Message, int Attempts);

    public async Task<IReadOnlyList<Claimed>> ClaimAsync(string owner, int batchSize, long nowMs, long leaseUntilMs, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(connections.Dialect.Render(AnyDue), new { NowMs = nowMs }, cancellationToken: cancellationToken)) == 0)
        {
            return [];
        }

        using var turn = await connections.TakeWriteTurnAsync(cancellationToken);
        var rows = await connection.QueryAsync<ClaimedRow>(new CommandDefinition(
            connections.Dialect.Pick(ClaimSqlite, ClaimSqlServer),
            new { Owner = owner, BatchSize = batchSize, NowMs = nowMs, LeaseUntilMs = leaseUntilMs },
            cancellationToken: cancellationToken));
        return rows.Select(r => new Claimed(new ErpClient.Message(r.MessageId, r.OrderId, r.Sequence, r.EventType, r.Payload), r.Attempts)).ToList();
    }

    /// <summary>One attempt's result, and when to try again should it have failed.</summary>
    public sealed record Outcome(ErpClient.Message Message, ErpDeliveryResult Result, long AtMs, long NextAttemptAtMs);

    /// <summary>
    /// Records a batch's outcomes in one transaction (one commit instead of one per message, which is what bounds
    /// throughput on SQLite). Returns how many were recorded; an outcome whose lease has passed to another instance is not.
    /// </summary>
    public async Task<int> RecordAsync(string owner, IReadOnlyList<Outcome> outcomes, int maxAttempts)
    {
        // Not cancellable: once the ERP has answered, the answer is written even while the app shuts down.
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        using var turn = await connections.TakeWriteTurnAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        var recorded = 0;
        foreach (var (message, result, atMs, nextAttemptAtMs) in outcomes)
        {
            recorded += result.Outcome switch
            {
                _ when result.Delivered => await connection.ExecuteAsync(connections.Dialect.Render(MarkDelivered),
                    new { message.MessageId, Owner = owner, result.ErpReference, NowMs = atMs }, transaction),
                ErpDeliveryOutcome.NotSent => await connection.ExecuteAsync(connections.Dialect.Render(Postpone),
                    new { message.MessageId, Owner = owner, NextAttemptAtMs = nextAttemptAtMs }, transaction),
                _ => await connection.ExecuteAsync(connections.Dialect.Render(MarkFailed), new
                {
                    message.MessageId, Owner = owner, result.Error, NextAttemptAtMs = nextAttemptAtMs, MaxAttempts = maxAttempts,
                    Rejected = result.Outcome == ErpDeliveryOutcome.Rejected ? 1 : 0,
                }, transaction),
            };
        }

        await transaction.CommitAsync(CancellationToken.None);
        return recorded;
    }

    /// <summary>Hands back whatever this dispatcher still holds, so that after a clean shutdown another instance need not wait out the lease.</summary>
    public async Task ReleaseAsync(string owner)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        using var turn = await connections.TakeWriteTurnAsync(CancellationToken.None);
        await connection.ExecuteAsync(connections.Dialect.Render(ReleaseLeases), new { Owner = owner });
    }
}
