using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.CreateProduct;

public sealed class CreateProductEndpoint(CatalogueEditor editor) : Endpoint<ProductDocument>
{
    public override void Configure()
    {
        Post("/products");
        Group<AdminGroup>();
        Description(b => b
            .WithName("CreateProduct")
            .WithSummary("Create a product, optionally with its SKUs")
            .WithDescription("The product starts as a draft unless status says otherwise; a published product needs at least one " +
                "active SKU. SKUs listed here are created with their price ladders and opening stock. Every rule the body breaks is " +
                "reported at once (400, keyed by JSON path); the rules are in api-docs/catalogue-admin.md. 409 when the id is taken.")
            .Accepts<ProductDocument>("application/json")
            .Produces<AdminProductResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductDocument req, CancellationToken ct) =>
        await Send.ResultAsync(await CreateAsync(req, ct));

    private async Task<IResult> CreateAsync(ProductDocument product, CancellationToken cancellationToken)
    {
        var outcome = await editor.CreateAsync(product, Caller.From(User), cancellationToken);
        if (outcome.Problem is not null)
        {
            return outcome.Problem;
        }

        var created = AdminProductResponse.From(outcome.Saved!);
        return AdminResults.Created(HttpContext, $"/v1/admin/products/{created.Id}", created, created.ETag);
    }
}
