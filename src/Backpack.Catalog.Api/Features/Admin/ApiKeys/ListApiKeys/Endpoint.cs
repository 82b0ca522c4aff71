using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.ApiKeys.ListApiKeys;

public sealed class ListApiKeysRequest : AdminPageRequest
{
    [Description("Only the keys of this distributor.")]
    [QueryParam]
    public string? DistributorId { get; init; }

    public sealed class Validator : Validator<ListApiKeysRequest>
    {
        public Validator()
        {
            AddRules(this);
            RuleFor(r => r.DistributorId).MaximumLength(CreateApiKeyRequest.MaxDistributorIdLength)
                .WithMessage($"distributorId is at most {CreateApiKeyRequest.MaxDistributorIdLength} characters.");
        }
    }
}

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListApiKeysResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<ApiKeyResponse> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static ListApiKeysResponse Example => new([ApiKeyResponse.Example], null, AdminPageRequest.DefaultLimit);
}

public sealed class ListApiKeysEndpoint(IDbConnectionFactory connections) : Endpoint<ListApiKeysRequest>
{
    private const string SelectPage = ApiKeyRow.Select + """

        WHERE (@DistributorId IS NULL OR k.distributor_id = @DistributorId)
          AND (@AfterId IS NULL OR k.key_id > @AfterId)
        ORDER BY k.key_id
        LIMIT @Limit
        """;

    public override void Configure()
    {
        Get("/api-keys");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListApiKeys")
            .WithSummary("List API keys (never their secrets), by key id")
            .WithDescription("Key ids, roles, owners, labels and revocation times, in key id order; optionally one distributor's keys. Secrets and hashes are never shown.")
            .ProducesValidationProblem()
            .Produces<ListApiKeysResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListApiKeysRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListApiKeysResponse>, ValidationProblem>> PageAsync(ListApiKeysRequest request, CancellationToken cancellationToken)
    {
        var filters = request.DistributorId ?? "";
        if (!request.TryReadCursor(filters, out var afterId))
        {
            return AdminPageRequest.CursorProblem();
        }

        var limit = request.Limit ?? AdminPageRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ApiKeyRow>(connections.Dialect.Render(SelectPage),
            new { request.DistributorId, AfterId = afterId, Limit = limit + 1 })).AsList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, filters, r => r.KeyId);
        return ETaggedJson.Of(new ListApiKeysResponse(page.Select(r => r.ToResponse()).ToList(), next, limit));
    }
}
