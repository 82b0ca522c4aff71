using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Catalogue.GetProduct;

public sealed class GetProductEndpoint(IDbConnectionFactory connections, CustomizationOptionsCache options) : Endpoint<GetProductRequest>
{
    public override void Configure()
    {
        Get("/products/{id}");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("GetProduct")
            .WithTags("Catalogue")
            .WithSummary("Get a product with specs, SKUs and tier ladders")
            .WithDescription("Full specs with units, features, certifications, origin and HS code, and every SKU with its MOQ, " +
                "carton rules, stock, lead time and complete price ladder. Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .ProducesValidationProblem()
            .Produces<ProductResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(GetProductRequest req, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var product = await GetProductData.QueryAsync(connection, connections.Dialect.Render(GetProductData.SelectProductBatch), req.Id, options);
        await Send.ResultAsync(product is null
            ? Problems.NotFound("Product not found.", $"No published product has the id '{req.Id}'.")
            : ETaggedJson.Of(product));
    }
}
