using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.PriceLists.DeletePriceList;

public sealed class DeletePriceListEndpoint(VersionedRecordWriter writer) : Endpoint<DeletePriceListRequest>
{
    public override void Configure()
    {
        Delete("/distributors/{distributorId}/price-list");
        Group<AdminGroup>();
        Description(b => b
            .WithName("DeletePriceList")
            .WithSummary("Take a distributor's price list away")
            .WithDescription("From the next request the distributor sees list prices. Placed orders keep the prices and the list they were " +
                "placed with. Requires If-Match with the list's ETag (428 without, 412 when stale). Audited; deleting it again is 404.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(DeletePriceListRequest req, CancellationToken ct)
    {
        var outcome = await writer.DeleteAsync(PriceListTable.Instance, req.DistributorId, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(outcome.Problem ?? TypedResults.NoContent());
    }
}
