using Backpack.Catalog.Api.Features.Admin.Versioned;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.PriceLists.GetPriceList;

public sealed class GetPriceListEndpoint(VersionedRecordWriter writer, TimeProvider clock) : Endpoint<PriceListRoute>
{
    public override void Configure()
    {
        Get("/distributors/{distributorId}/price-list");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetPriceList")
            .WithSummary("Read a distributor's price list")
            .WithDescription("The list with its status today (applied, expired or scheduled) and its version as the ETag to send in If-Match. " +
                "404 when the distributor has none.")
            .Produces<AdminPriceListResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(PriceListRoute req, CancellationToken ct)
    {
        var list = await writer.FindAsync(PriceListTable.Instance, req.DistributorId, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await Send.ResultAsync(list is null
            ? VersionedRecordWriter.NotFound(PriceListTable.Instance, req.DistributorId)
            : VersionedResults.Answer(HttpContext, new VersionedWrite<Backpack.Catalog.Api.Features.PriceLists.PriceList>(list, null), l => AdminPriceListResponse.From(l, today), r => r.Etag, ""));
    }
}
