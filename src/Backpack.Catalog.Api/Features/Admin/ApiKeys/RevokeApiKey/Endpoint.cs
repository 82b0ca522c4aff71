using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.ApiKeys.RevokeApiKey;

public sealed class RevokeApiKeyEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<RevokeApiKeyInput>
{
    private const string Revoke = """
        UPDATE api_keys SET revoked_at_ms = @NowMs
        WHERE key_id = @KeyId AND revoked_at_ms IS NULL;
        """;

    private const string SelectKey = ApiKeyRow.Select + "\nWHERE k.key_id = @KeyId;";

    public override void Configure()
    {
        Post("/api-keys/{keyId}/revoke");
        Group<AdminGroup>();
        Description(b => b
            .WithName("RevokeApiKey")
            .WithSummary("Revoke an API key")
            .WithDescription("The key stops working on its very next request (401). Revoking a revoked key changes nothing and " +
                "answers the key as it is. Revoked keys stay listed, so it is clear what a key id in an old log was.")
            .Produces<ApiKeyResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(RevokeApiKeyInput req, CancellationToken ct) =>
        await Send.ResultAsync(await RevokeAsync(req.KeyId, ct));

    private async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> RevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(connections.Dialect.Render(Revoke), new { KeyId = keyId, NowMs = clock.GetUtcNow().ToUnixTimeMilliseconds() });
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(connections.Dialect.Render(SelectKey), new { KeyId = keyId });
        return row is null ? Problems.NotFound("API key not found.", $"No API key has the id {keyId}.") : TypedResults.Ok(row.ToResponse());
    }
}
