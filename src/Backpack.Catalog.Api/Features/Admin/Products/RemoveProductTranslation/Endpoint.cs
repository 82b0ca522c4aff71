using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.RemoveProductTranslation;

public sealed class RemoveProductTranslationEndpoint(CatalogueEditor editor) : Endpoint<ProductTranslationRoute>
{
    public override void Configure()
    {
        Delete("/products/{productId}/translations/{language}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("RemoveProductTranslation")
            .WithSummary("Remove a product's translation into one language")
            .WithDescription("Reads in that language show the English name and description again; the change feed reports the product. " +
                "Requires If-Match with the product's ETag (428 without, 412 when stale); answers the product with its new ETag. " +
                "404 when the product has no translation into that language.")
            .Produces<AdminProductResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductTranslationRoute req, CancellationToken ct)
    {
        var outcome = await editor.EditAsync(req.ProductId, Caller.From(User), null, stored =>
        {
            if (CataloguePreconditions.Check(req.IfMatch, stored.Version, "product") is { } refusal)
            {
                return ProductEdit.Refuse(refusal);
            }

            return stored.Document.Translations?.In(req.Language) is null
                ? ProductEdit.Refuse(Problems.NotFound("Translation not found.", $"Product {req.ProductId} has no translation into {req.Language}."))
                : ProductEdit.To(stored.Document with { Translations = stored.Document.Translations.With(req.Language, null), Variants = null });
        }, ct);
        await Send.ResultAsync(outcome.Problem ?? AdminResults.Product(outcome.Saved!));
    }
}
