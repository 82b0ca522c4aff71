using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Catalogue.GetProduct;

public static class GetProductEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/products/{id}", HandleAsync)
            .WithName("GetProduct")
            .WithTags("Catalogue")
            .WithSummary("Get a product with specs, SKUs and tier ladders")
            .WithDescription("Full specs with units, features, certifications, origin and HS code, and every SKU with its MOQ, " +
                "carton rules, stock, lead time and complete price ladder. Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .Validated<GetProductRequest>()
            .Produces<ProductResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<ETaggedJson<ProductResponse>, ProblemHttpResult>> HandleAsync(
        [AsParameters] GetProductRequest request, IDbConnectionFactory connections, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var product = await GetProductData.QueryAsync(connection, connections.Dialect.Render(GetProductData.SelectProductBatch), request.Id);
        return product is null
            ? Problems.NotFound("Product not found.", $"No published product has the id '{request.Id}'.")
            : ETaggedJson.Of(product);
    }
}
