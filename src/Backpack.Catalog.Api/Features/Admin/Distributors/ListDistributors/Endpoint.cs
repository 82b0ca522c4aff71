using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Distributors.ListDistributors;

public sealed class ListDistributorsRequest : AdminPageRequest
{
    public sealed class Validator : Validator<ListDistributorsRequest>
    {
        public Validator() => AddRules(this);
    }
}

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListDistributorsResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<DistributorResponse> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static ListDistributorsResponse Example => new([DistributorResponse.Example], null, AdminPageRequest.DefaultLimit);
}

public sealed class ListDistributorsEndpoint(IDbConnectionFactory connections) : Endpoint<ListDistributorsRequest>
{
    private const string SelectPage = DistributorRow.Select + """

        WHERE (@AfterId IS NULL OR d.distributor_id > @AfterId)
        ORDER BY d.distributor_id
        LIMIT @Limit
        """;

    public override void Configure()
    {
        Get("/distributors");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListDistributors")
            .WithSummary("List distributor accounts, by id")
            .WithDescription("Every distributor account with its default currency, Incoterm and payment terms, in id order; follow nextCursor until it is null.")
            .ProducesValidationProblem()
            .Produces<ListDistributorsResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListDistributorsRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListDistributorsResponse>, ValidationProblem>> PageAsync(ListDistributorsRequest request, CancellationToken cancellationToken)
    {
        if (!request.TryReadCursor("", out var afterId))
        {
            return AdminPageRequest.CursorProblem();
        }

        var limit = request.Limit ?? AdminPageRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DistributorRow>(connections.Dialect.Render(SelectPage), new { AfterId = afterId, Limit = limit + 1 })).AsList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, "", r => r.DistributorId);
        return ETaggedJson.Of(new ListDistributorsResponse(page.Select(r => r.ToResponse()).ToList(), next, limit));
    }
}
