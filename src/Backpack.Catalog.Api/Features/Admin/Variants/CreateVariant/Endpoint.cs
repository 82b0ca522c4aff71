using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Variants.CreateVariant;

public sealed class CreateVariantEndpoint(CatalogueEditor editor) : Endpoint<CreateVariantInput>
{
    public override void Configure()
    {
        Post("/products/{productId}/variants");
        Group<AdminGroup>();
        Description(b => b
            .WithName("CreateVariant")
            .WithSummary("Add a SKU to a product")
            .WithDescription("Creates the SKU with its terms, price ladder and opening stock (stockOnHand, default 0). SKU codes are " +
                "unique across the catalogue: 409 when this product already has the code, 400 when another product does. The " +
                "product's version moves too, since it lists its SKUs. Rules are in api-docs/catalogue-admin.md.")
            .Accepts<VariantDocument>("application/json")
            .Produces<AdminVariantResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateVariantInput req, CancellationToken ct) =>
        await Send.ResultAsync(await CreateAsync(req.ProductId, req.Body, ct));

    private async Task<IResult> CreateAsync(string productId, VariantDocument variant, CancellationToken cancellationToken)
    {
        var outcome = await editor.EditAsync(productId, Caller.From(User), null, stored =>
            variant.Sku is not null && stored.Variants.ContainsKey(variant.Sku)
                ? ProductEdit.Refuse(TypedResults.Problem(
                    title: "The SKU already exists.",
                    detail: $"{productId} already has the SKU {variant.Sku}. Change it with PUT /v1/admin/variants/{variant.Sku}.",
                    statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.AlreadyExists))
                : ProductEdit.To(stored.Document with { Variants = [variant] }), cancellationToken, variant.Sku);
        if (outcome.Problem is not null)
        {
            return outcome.Problem;
        }

        var created = AdminVariantResponse.From(outcome.Saved!, variant.Sku!);
        return AdminResults.Created(HttpContext, $"/v1/admin/variants/{created.Sku}", created, created.ETag);
    }
}
