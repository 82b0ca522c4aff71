using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Catalogue.ListCategories;

public static class ListCategoriesEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/categories", HandleAsync)
            .WithName("ListCategories")
            .WithTags("Catalogue")
            .WithSummary("List the product families")
            .WithDescription("The six mini-backpack families with how many published products and SKUs each holds. " +
                "Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .Produces<ListCategoriesResponse>()
            .Produces(StatusCodes.Status304NotModified);

    private static async Task<IResult> HandleAsync(IDbConnectionFactory connections, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var items = await ListCategoriesData.QueryAsync(connection, connections.Dialect.Render(ListCategoriesData.SelectCategories));
        return ETaggedJson.Of(new ListCategoriesResponse(items));
    }
}
