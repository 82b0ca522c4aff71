using Backpack.Catalog.Api.Features.Admin.Distributors;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.PriceLists.ReplacePriceList;

public sealed class ReplacePriceListEndpoint(VersionedRecordWriter writer, IDbConnectionFactory connections, TimeProvider clock) : Endpoint<ReplacePriceListRequest>
{
    public override void Configure()
    {
        Put("/distributors/{distributorId}/price-list");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ReplacePriceList")
            .WithSummary("Give a distributor its own price list, or replace it")
            .WithDescription("The whole list: a name, the days it is valid (both included, UTC), a percentage off the list ladder per family " +
                "(above 0, at most 50 %), and explicit ladders per SKU held to the catalogue's ladder rules for that SKU (from its MOQ, " +
                "ascending in orderable quantities, each break cheaper). A SKU's own ladder wins over its family's discount; what the list " +
                "does not name keeps list prices, and sample prices are never discounted. From the next request, quotes, validations, " +
                "orders and product and SKU reads made with the distributor's keys use it while it is valid, and say so (priceList); " +
                "outside its dates they show list prices and say that. A distributor with no list gets a PUT without If-Match (201); " +
                "replacing one needs If-Match with its ETag (428 without, 412 when stale). Every broken rule is a 400 keyed by member; " +
                "nothing is saved. Audited as price_list.*.")
            .Accepts<PriceListDocument>("application/json")
            .Produces<AdminPriceListResponse>()
            .Produces<AdminPriceListResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ReplacePriceListRequest req, CancellationToken ct)
    {
        IReadOnlyDictionary<string, PriceListRules.SkuFacts> skus;
        await using (var connection = await connections.OpenAsync(ct))
        {
            if (await DistributorRow.FindAsync(connection, connections.Dialect, req.DistributorId) is null)
            {
                await Send.ResultAsync(Problems.NotFound("Distributor not found.", $"No distributor {req.DistributorId} exists."));
                return;
            }

            skus = await PriceListRules.FactsAsync(connection, connections.Dialect, req.Body);
        }

        if (VersionedResults.Violations(req.Body, (d, fail) => PriceListRules.Check(d, skus, fail)) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var list = PriceListRules.ToList(req.DistributorId, req.Body, 1);
        var outcome = await writer.ReplaceAsync(PriceListTable.Instance, list, req.IfMatch, Caller.From(User), ct, createWhenAbsent: true);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, l => AdminPriceListResponse.From(l, today), r => r.Etag, req.Location));
    }
}
