using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Distributors.ListDistributors;

public sealed class ListDistributorsRequest : AdminPageRequest
{
    public sealed class Validator : AbstractValidator<ListDistributorsRequest>
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

public static class ListDistributorsEndpoint
{
    private const string SelectPage = DistributorRow.Select + """

        WHERE (@AfterId IS NULL OR d.distributor_id > @AfterId)
        ORDER BY d.distributor_id
        LIMIT @Limit
        """;

    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/distributors", HandleAsync)
            .WithName("ListDistributors")
            .WithSummary("List distributor accounts, by id")
            .WithDescription("Every distributor account with its default currency, Incoterm and payment terms, in id order; follow nextCursor until it is null.")
            .Validated<ListDistributorsRequest>()
            .Produces<ListDistributorsResponse>()
            .Produces(StatusCodes.Status304NotModified);

    private static async Task<Results<ETaggedJson<ListDistributorsResponse>, ValidationProblem>> HandleAsync(
        [AsParameters] ListDistributorsRequest request, IDbConnectionFactory connections, CancellationToken cancellationToken)
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
