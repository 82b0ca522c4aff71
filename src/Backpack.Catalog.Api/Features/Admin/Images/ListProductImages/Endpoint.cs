using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Images.ListProductImages;

public sealed class ListProductImagesEndpoint(IDbConnectionFactory connections) : Endpoint<ProductImagesRoute>
{
    private const string ProductExists = "SELECT COUNT(*) FROM products WHERE product_id = @ProductId";

    public override void Configure()
    {
        Get("/products/{productId}/images");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListProductImages")
            .WithSummary("List a product's images")
            .WithDescription("Every image of the product, of any status, in gallery order, each with its ETag for PUT and DELETE. At most 20, so one page.")
            .Produces<AdminImageListResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductImagesRoute req, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        if (await connection.ExecuteScalarAsync<int>(connections.Dialect.Render(ProductExists), new { req.ProductId }) == 0)
        {
            await Send.ResultAsync(Problems.NotFound("Product not found.", $"No product has the id '{req.ProductId}'."));
            return;
        }

        var rows = await connection.QueryAsync<ImageRow>(connections.Dialect.Render(ImageTable.SelectOfProduct), new { req.ProductId });
        await Send.ResultAsync(TypedResults.Ok(new AdminImageListResponse(rows.Select(AdminImageResponse.From).ToList())));
    }
}
