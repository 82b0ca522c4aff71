using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Distributors.GetDistributor;

public sealed class GetDistributorEndpoint(IDbConnectionFactory connections) : Endpoint<GetDistributorInput>
{
    public override void Configure()
    {
        Get("/distributors/{distributorId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetDistributor")
            .WithSummary("Read a distributor account")
            .WithDescription("One account with the terms its new orders are placed on. Placed orders keep the terms they were placed with.")
            .Produces<DistributorResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(GetDistributorInput req, CancellationToken ct) =>
        await Send.ResultAsync(await FindAsync(req.DistributorId, ct));

    private async Task<Results<ETaggedJson<DistributorResponse>, ProblemHttpResult>> FindAsync(string distributorId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await DistributorRow.FindAsync(connection, connections.Dialect, distributorId);
        return row is null
            ? Problems.NotFound("Distributor not found.", $"No distributor {distributorId} exists.")
            : ETaggedJson.Of(row.ToResponse());
    }
}
