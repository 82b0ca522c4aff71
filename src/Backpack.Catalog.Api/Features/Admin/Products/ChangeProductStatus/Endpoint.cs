using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.ChangeProductStatus;

/// <summary>Publish, unpublish and archive: the moves between draft, published and archived.</summary>
/// <remarks>One operation per subclass; FastEndpoints registers only the concrete ones.</remarks>
public abstract class ProductStatusEndpoint(CatalogueEditor editor) : Endpoint<ProductChange>
{
    private protected sealed record StatusMove(string Action, string OperationId, string To, string[] From, string Summary, string Description);

    /// <summary>The move this operation makes.</summary>
    private protected abstract StatusMove Move { get; }

    public override void Configure()
    {
        var move = Move;
        Post($"/products/{{productId}}/{move.Action}");
        Group<AdminGroup>();
        Description(b => b
            .WithName(move.OperationId)
            .WithSummary(move.Summary)
            .WithDescription(move.Description + $" Allowed from {string.Join(" or ", move.From)}; otherwise 409. Requires If-Match " +
                "with the product's ETag (428 without, 412 when stale); answers the product with its new ETag.")
            .Produces<AdminProductResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ProductChange req, CancellationToken ct)
    {
        var move = Move;
        var outcome = await editor.EditAsync(req.ProductId, Caller.From(User), null, stored =>
        {
            if (CataloguePreconditions.Check(req.IfMatch, stored.Version, "product") is { } refusal)
            {
                return ProductEdit.Refuse(refusal);
            }

            var current = stored.Document.Status!;
            return move.From.Contains(current)
                ? ProductEdit.To(stored.Document with { Status = move.To, Variants = null })
                : ProductEdit.Refuse(TypedResults.Problem(
                    title: $"The product cannot be {move.Action}ed from {current}.",
                    detail: $"{move.Action} moves a product from {string.Join(" or ", move.From)} to {move.To}; this one is {current}.",
                    statusCode: StatusCodes.Status409Conflict,
                    type: ProblemTypes.CatalogueStateConflict,
                    extensions: new Dictionary<string, object?> { ["currentStatus"] = current }));
        }, ct);
        await Send.ResultAsync(outcome.Problem ?? AdminResults.Product(outcome.Saved!));
    }
}

public sealed class PublishProductEndpoint(CatalogueEditor editor) : ProductStatusEndpoint(editor)
{
    private static readonly StatusMove Publish = new("publish", "PublishProduct", ProductStatuses.Published,
        [ProductStatuses.Draft, ProductStatuses.Archived], "Publish a product",
        "Puts a draft or archived product into the public catalogue; it needs at least one active SKU. Storefronts see it " +
        "appear in the change feed.");

    private protected override StatusMove Move => Publish;
}

public sealed class UnpublishProductEndpoint(CatalogueEditor editor) : ProductStatusEndpoint(editor)
{
    private static readonly StatusMove Unpublish = new("unpublish", "UnpublishProduct", ProductStatuses.Draft,
        [ProductStatuses.Published, ProductStatuses.Archived], "Unpublish a product",
        "Takes the product out of the public catalogue back to draft, keeping everything about it. The change feed " +
        "reports the product, its SKUs and prices as removed. Placed orders are not affected.");

    private protected override StatusMove Move => Unpublish;
}

public sealed class ArchiveProductEndpoint(CatalogueEditor editor) : ProductStatusEndpoint(editor)
{
    private static readonly StatusMove Archive = new("archive", "ArchiveProduct", ProductStatuses.Archived,
        [ProductStatuses.Draft, ProductStatuses.Published], "Archive a product",
        "Withdraws the product: it leaves the public catalogue (the change feed reports it removed) and can no longer be " +
        "ordered, while placed orders keep their lines. Publish brings it back.");

    private protected override StatusMove Move => Archive;
}
