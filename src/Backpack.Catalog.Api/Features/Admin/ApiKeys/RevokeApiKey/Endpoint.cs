using System.ComponentModel;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.ApiKeys.RevokeApiKey;

public static class RevokeApiKeyEndpoint
{
    private const string Revoke = """
        UPDATE api_keys SET revoked_at_ms = @NowMs
        WHERE key_id = @KeyId AND revoked_at_ms IS NULL;
        """;

    private const string SelectKey = ApiKeyRow.Select + "\nWHERE k.key_id = @KeyId;";

    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/api-keys/{keyId}/revoke", HandleAsync)
            .WithName("RevokeApiKey")
            .WithSummary("Revoke an API key")
            .WithDescription("The key stops working on its very next request (401). Revoking a revoked key changes nothing and " +
                "answers the key as it is. Revoked keys stay listed, so it is clear what a key id in an old log was.")
            .Produces<ApiKeyResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> HandleAsync(
        [Description("The key id: the part between bpk_ and the second underscore.")] string keyId,
        IDbConnectionFactory connections, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(connections.Dialect.Render(Revoke), new { KeyId = keyId, NowMs = clock.GetUtcNow().ToUnixTimeMilliseconds() });
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(connections.Dialect.Render(SelectKey), new { KeyId = keyId });
        return row is null ? Problems.NotFound("API key not found.", $"No API key has the id {keyId}.") : TypedResults.Ok(row.ToResponse());
    }
}
