using Backpack.Catalog.Api.Features.Admin.Distributors;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;

public sealed class CreateApiKeyEndpoint(IDbConnectionFactory connections, ApiKeyStore keys) : Endpoint<CreateApiKeyRequest>
{
    public override void Configure()
    {
        Post("/api-keys");
        Group<AdminGroup>();
        Description(b => b
            .WithName("CreateApiKey")
            .WithSummary("Issue an API key (the secret is shown once)")
            .WithDescription("Answers the key itself exactly once. It is stored only as a SHA-256 hash and compared in constant time; " +
                "lose it and you revoke it and issue another. Keys never expire on their own; revoke them with " +
                "POST /v1/admin/api-keys/{keyId}/revoke.")
            .Accepts<CreateApiKeyRequest>("application/json")
            .ProducesValidationProblem()
            .Produces<CreatedApiKeyResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateApiKeyRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await IssueAsync(req, ct));

    private async Task<Results<Created<CreatedApiKeyResponse>, ValidationProblem>> IssueAsync(CreateApiKeyRequest request, CancellationToken cancellationToken)
    {
        if (request.DistributorId is { } distributorId)
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            if (await DistributorRow.FindAsync(connection, connections.Dialect, distributorId) is null)
            {
                return Problems.Validation("distributorId", $"No distributor {distributorId} exists. Create it with POST /v1/admin/distributors first.");
            }
        }

        var issued = await keys.IssueAsync(request.Role!, request.DistributorId, request.Label!, cancellationToken);
        return TypedResults.Created($"/v1/admin/api-keys?distributorId={issued.DistributorId}",
            new CreatedApiKeyResponse(issued.KeyId, issued.Key, issued.Role, issued.DistributorId, issued.Label, issued.CreatedAt.UtcDateTime));
    }
}
