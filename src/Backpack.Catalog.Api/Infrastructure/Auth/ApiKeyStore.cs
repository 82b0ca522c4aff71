using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Infrastructure.Auth;

/// <summary>Looks up and issues API keys. Only hashes are stored; a new key is returned once and never again.</summary>
public sealed class ApiKeyStore(IDbConnectionFactory connections, TimeProvider clock)
{
    private const string SelectKey = """
        SELECT key_id, key_hash, role, distributor_id, revoked_at_ms
        FROM api_keys
        WHERE key_id = @KeyId;
        """;

    private const string InsertKey = """
        INSERT INTO api_keys (key_id, key_hash, role, distributor_id, label, created_at_ms)
        VALUES (@KeyId, @KeyHash, @Role, @DistributorId, @Label, @CreatedAtMs);
        """;

    public sealed class KeyRow
    {
        public string KeyId { get; init; } = "";
        public string KeyHash { get; init; } = "";
        public string Role { get; init; } = "";
        public string? DistributorId { get; init; }
        public long? RevokedAtMs { get; init; }
    }

    public sealed record IssuedKey(string KeyId, string Key, string Role, string? DistributorId, string Label, DateTimeOffset CreatedAt);

    /// <summary>The caller a presented key stands for, or null when it is malformed, unknown, revoked or wrong.</summary>
    public async Task<Caller?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (ApiKeyFormat.KeyIdOf(presented) is not { } keyId)
        {
            return null;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KeyRow>(connections.Dialect.Render(SelectKey), new { KeyId = keyId });
        return row is { RevokedAtMs: null } && ApiKeyFormat.Matches(presented, row.KeyHash)
            ? new Caller(row.KeyId, row.Role, row.DistributorId)
            : null;
    }

    public async Task<IssuedKey> IssueAsync(string role, string? distributorId, string label, CancellationToken cancellationToken)
    {
        var (keyId, key) = ApiKeyFormat.Generate();
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(connections.Dialect.Render(InsertKey), new
        {
            KeyId = keyId, KeyHash = ApiKeyFormat.Hash(key), Role = role, DistributorId = distributorId, Label = label,
            CreatedAtMs = now.ToUnixTimeMilliseconds(),
        });
        return new IssuedKey(keyId, key, role, distributorId, label, now);
    }
}
