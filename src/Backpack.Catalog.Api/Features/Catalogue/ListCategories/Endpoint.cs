using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Catalogue.ListCategories;

public sealed class ListCategoriesEndpoint(IDbConnectionFactory connections) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/categories");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("ListCategories")
            .WithTags("Catalogue")
            .WithSummary("List the product families")
            .WithDescription("The six mini-backpack families with how many published products and SKUs each holds. " +
                "Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .Produces<ListCategoriesResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var items = await ListCategoriesData.QueryAsync(connection, connections.Dialect.Render(ListCategoriesData.SelectCategories));
        await Send.ResultAsync(ETaggedJson.Of(new ListCategoriesResponse(items)));
    }
}
