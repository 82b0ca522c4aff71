using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>
/// Idempotency-Key handling for order creation. The first request with a key inserts an in-flight row; the
/// (distributor, key) primary key makes every concurrent duplicate fail that insert, in one process or many.
/// The order and the completed answer are committed together, so a stored answer always has its order and
/// an order is never created without its answer. A request that is rejected or fails deletes its row again.
/// </summary>
public sealed partial class IdempotencyStore(IDbConnectionFactory connections, TimeProvider clock, IOptions<OrdersOptions> options)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;

    /// <summary>1 to 255 printable ASCII characters. ($ rather than \z so that the document can carry it; a header value holds no newline.)</summary>
    public const string KeyPattern = @"^[\x21-\x7E]{1,255}$";

    private const string InsertClaim = """
        INSERT INTO idempotency_keys (distributor_id, idempotency_key, request_hash, state, locked_at_ms, expires_at_ms)
        VALUES (@DistributorId, @Key, @RequestHash, 'in_flight', @NowMs, @ExpiresAtMs);
        """;

    private const string SelectClaim = """
        SELECT request_hash, state, order_id, response_status, response_body, response_etag, locked_at_ms, expires_at_ms
        FROM idempotency_keys
        WHERE distributor_id = @DistributorId AND idempotency_key = @Key;
        """;

    private const string DeleteIfExpired = """
        DELETE FROM idempotency_keys
        WHERE distributor_id = @DistributorId AND idempotency_key = @Key AND expires_at_ms <= @NowMs;
        """;

    private const string TakeOverAbandoned = """
        UPDATE idempotency_keys SET locked_at_ms = @NowMs
        WHERE distributor_id = @DistributorId AND idempotency_key = @Key AND state = 'in_flight' AND locked_at_ms = @SeenLockedAtMs;
        """;

    private const string CompleteClaim = """
        UPDATE idempotency_keys
        SET state = 'completed', order_id = @OrderId, response_status = @ResponseStatus, response_body = @ResponseBody, response_etag = @ResponseEtag
        WHERE distributor_id = @DistributorId AND idempotency_key = @Key AND state = 'in_flight' AND locked_at_ms = @LockedAtMs;
        """;

    private const string ReleaseClaim = """
        DELETE FROM idempotency_keys
        WHERE distributor_id = @DistributorId AND idempotency_key = @Key AND state = 'in_flight' AND locked_at_ms = @LockedAtMs;
        """;

    private const string PurgeExpiredKeys = "DELETE FROM idempotency_keys WHERE expires_at_ms <= @NowMs;";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    public sealed record StoredResponse(string OrderId, int Status, string Body, string ETag);

    /// <summary>What a request with a key may do: go ahead (holding the claim), replay, or stop.</summary>
    public abstract record Claim
    {
        public sealed record Granted(string DistributorId, string Key, long LockedAtMs) : Claim;

        public sealed record Replay(StoredResponse Response) : Claim;

        public sealed record DifferentRequest : Claim;

        public sealed record StillInFlight : Claim;
    }

    private sealed class ClaimRow
    {
        public string RequestHash { get; init; } = "";
        public string State { get; init; } = "";
        public string? OrderId { get; init; }
        public int? ResponseStatus { get; init; }
        public string? ResponseBody { get; init; }
        public string? ResponseEtag { get; init; }
        public long LockedAtMs { get; init; }
        public long ExpiresAtMs { get; init; }
    }

    public static bool IsWellFormed(string? key) => key is not null && KeyShape().IsMatch(key);

    /// <summary>The request's identity for comparing retries: SHA-256 of its JSON as bound, so formatting does not matter.</summary>
    public static string HashOf<T>(T request, JsonSerializerOptions json) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, json)));

    /// <summary>
    /// Claims the key, or says what to do instead. A duplicate of a request still in flight waits for it (up to
    /// <see cref="OrdersOptions.InFlightWait"/>) and then replays its answer, so simultaneous retries all get the same answer.
    /// </summary>
    public async Task<Claim> ClaimAsync(string distributorId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sql = connections.Dialect;
        // Waiting is measured on the wall clock: it is about this request's latency, not business time.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        await using var connection = await connections.OpenAsync(cancellationToken);
        while (true)
        {
            var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var parameters = new
            {
                DistributorId = distributorId, Key = key, RequestHash = requestHash, NowMs = nowMs,
                ExpiresAtMs = nowMs + (long)settings.IdempotencyRetention.TotalMilliseconds,
            };
            try
            {
                using (await connections.TakeWriteTurnAsync(cancellationToken))
                {
                    await connection.ExecuteAsync(sql.Render(InsertClaim), parameters);
                }

                return new Claim.Granted(distributorId, key, nowMs);
            }
            catch (DbException ex) when (sql.IsUniqueViolation(ex))
            {
                // Someone holds or held this key; look at what they left.
            }

            var row = await connection.QuerySingleOrDefaultAsync<ClaimRow>(sql.Render(SelectClaim), parameters);
            if (row is null)
            {
                continue;
            }

            if (row.ExpiresAtMs <= nowMs)
            {
                using (await connections.TakeWriteTurnAsync(cancellationToken))
                {
                    await connection.ExecuteAsync(sql.Render(DeleteIfExpired), parameters);
                }

                continue;
            }

            if (!string.Equals(row.RequestHash, requestHash, StringComparison.Ordinal))
            {
                return new Claim.DifferentRequest();
            }

            if (row.State == "completed")
            {
                return new Claim.Replay(new StoredResponse(row.OrderId!, row.ResponseStatus!.Value, row.ResponseBody!, row.ResponseEtag!));
            }

            if (nowMs - row.LockedAtMs >= (long)settings.AbandonedAfter.TotalMilliseconds
                && await TakeOverAsync(connection, distributorId, key, nowMs, row.LockedAtMs, cancellationToken))
            {
                return new Claim.Granted(distributorId, key, nowMs);
            }

            if (waited.Elapsed + PollInterval > settings.InFlightWait)
            {
                return new Claim.StillInFlight();
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Stores the answer in the order's transaction; false if the claim was taken over meanwhile.</summary>
    public static async Task<bool> CompleteAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, Claim.Granted claim, StoredResponse response) =>
        await connection.ExecuteAsync(sql.Render(CompleteClaim), new
        {
            claim.DistributorId, claim.Key, claim.LockedAtMs, response.OrderId,
            ResponseStatus = response.Status, ResponseBody = response.Body, ResponseEtag = response.ETag,
        }, transaction) == 1;

    /// <summary>Forgets an unfinished claim (the request was rejected or failed) so the key can be used again.</summary>
    public async Task ReleaseAsync(Claim.Granted claim)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        using var turn = await connections.TakeWriteTurnAsync(CancellationToken.None);
        await connection.ExecuteAsync(connections.Dialect.Render(ReleaseClaim), new { claim.DistributorId, claim.Key, claim.LockedAtMs });
    }

    private async Task<bool> TakeOverAsync(
        DbConnection connection, string distributorId, string key, long nowMs, long seenLockedAtMs, CancellationToken cancellationToken)
    {
        using var turn = await connections.TakeWriteTurnAsync(cancellationToken);
        return await connection.ExecuteAsync(connections.Dialect.Render(TakeOverAbandoned),
            new { DistributorId = distributorId, Key = key, NowMs = nowMs, SeenLockedAtMs = seenLockedAtMs }) == 1;
    }

    public async Task<int> PurgeExpiredAsync(DbConnection connection, long nowMs) =>
        await connection.ExecuteAsync(connections.Dialect.Render(PurgeExpiredKeys), new { NowMs = nowMs });

    [GeneratedRegex(KeyPattern)]
    private static partial Regex KeyShape();
}
