using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.SetProductTranslation;

public sealed class SetProductTranslationEndpoint(CatalogueEditor editor) : Endpoint<ProductTranslationChange>
{
    public override void Configure()
    {
        Put("/products/{productId}/translations/{language}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("SetProductTranslation")
            .WithSummary("Translate a product's name and description into one language")
            .WithDescription("Sets the product's name and description in de, fr, pt-BR or ar, replacing that language's translation; a field " +
                "left out is shown in English. Catalogue reads in that language show it at once, and the change feed reports the product. " +
                "The other languages are not touched. Requires If-Match with the product's ETag (428 without, 412 when stale); answers the " +
                "product with its new ETag. The same translations are the translations member of the product's record, in export and import.")
            .Accepts<ProductTextDocument>("application/json")
            .Produces<AdminProductResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductTranslationChange req, CancellationToken ct)
    {
        if (req.Body is not { Name: not null } and not { Description: not null })
        {
            await Send.ResultAsync(Problems.Validation("name", "Give name, description or both. To remove the translation, DELETE it."));
            return;
        }

        var outcome = await editor.EditAsync(req.ProductId, Caller.From(User), null, stored =>
            CataloguePreconditions.Check(req.IfMatch, stored.Version, "product") is { } refusal
                ? ProductEdit.Refuse(refusal)
                : ProductEdit.To(stored.Document with
                {
                    Translations = (stored.Document.Translations ?? new()).With(req.Language, req.Body), Variants = null,
                }), ct);
        await Send.ResultAsync(outcome.Problem ?? AdminResults.Product(outcome.Saved!));
    }
}
