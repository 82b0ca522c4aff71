using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Catalogue.GetVariant;

public static class GetVariantEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/variants/{sku}", HandleAsync)
            .WithName("GetVariant")
            .WithTags("Catalogue")
            .WithSummary("Get one SKU with its tiers and availability")
            .WithDescription("MOQ, order increment, carton size, sample terms, stock on hand, lead time and the full price ladder of one SKU. " +
                "Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .Validated<GetVariantRequest>()
            .Produces<GetVariantResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<ETaggedJson<GetVariantResponse>, ProblemHttpResult>> HandleAsync(
        [AsParameters] GetVariantRequest request, IDbConnectionFactory connections, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var variant = await GetVariantData.QueryAsync(connection, connections.Dialect.Render(GetVariantData.SelectVariantBatch), request.Sku);
        return variant is null
            ? Problems.NotFound("SKU not found.", $"No published product has the SKU '{request.Sku}'.")
            : ETaggedJson.Of(variant);
    }
}
