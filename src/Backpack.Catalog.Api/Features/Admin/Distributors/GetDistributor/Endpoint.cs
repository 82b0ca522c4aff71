using System.ComponentModel;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Distributors.GetDistributor;

public static class GetDistributorEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/distributors/{distributorId}", HandleAsync)
            .WithName("GetDistributor")
            .WithSummary("Read a distributor account")
            .WithDescription("One account with the terms its new orders are placed on. Placed orders keep the terms they were placed with.")
            .Produces<DistributorResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<ETaggedJson<DistributorResponse>, ProblemHttpResult>> HandleAsync(
        [Description("Distributor id, e.g. dst_nairobi-outfitters.")] string distributorId,
        IDbConnectionFactory connections, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await DistributorRow.FindAsync(connection, connections.Dialect, distributorId);
        return row is null
            ? Problems.NotFound("Distributor not found.", $"No distributor {distributorId} exists.")
            : ETaggedJson.Of(row.ToResponse());
    }
}
