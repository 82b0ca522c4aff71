using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Admin.Products.ChangeProductStatus;

/// <summary>Publish, unpublish and archive: the moves between draft, published and archived.</summary>
public static class ChangeProductStatusEndpoint
{
    private sealed record Move(string Action, string OperationId, string To, string[] From, string Summary, string Description);

    private static readonly Move[] Moves =
    [
        new("publish", "PublishProduct", ProductStatuses.Published, [ProductStatuses.Draft, ProductStatuses.Archived], "Publish a product",
            "Puts a draft or archived product into the public catalogue; it needs at least one active SKU. Storefronts see it " +
            "appear in the change feed."),
        new("unpublish", "UnpublishProduct", ProductStatuses.Draft, [ProductStatuses.Published, ProductStatuses.Archived], "Unpublish a product",
            "Takes the product out of the public catalogue back to draft, keeping everything about it. The change feed " +
            "reports the product, its SKUs and prices as removed. Placed orders are not affected."),
        new("archive", "ArchiveProduct", ProductStatuses.Archived, [ProductStatuses.Draft, ProductStatuses.Published], "Archive a product",
            "Withdraws the product: it leaves the public catalogue (the change feed reports it removed) and can no longer be " +
            "ordered, while placed orders keep their lines. Publish brings it back."),
    ];

    public static void Map(IEndpointRouteBuilder admin)
    {
        foreach (var move in Moves)
        {
            admin.MapPost($"/products/{{productId}}/{move.Action}", (
                    [Description("Product id, e.g. classic-metro-9.")] string productId,
                    [FromHeader(Name = "If-Match")] [Description(CataloguePreconditions.IfMatchDescription)] string? ifMatch,
                    ClaimsPrincipal user, CatalogueEditor editor, CancellationToken cancellationToken) =>
                HandleAsync(move, productId, ifMatch, user, editor, cancellationToken))
                .WithName(move.OperationId)
                .WithSummary(move.Summary)
                .WithDescription(move.Description + $" Allowed from {string.Join(" or ", move.From)}; otherwise 409. Requires If-Match " +
                    "with the product's ETag (428 without, 412 when stale); answers the product with its new ETag.")
                .Produces<AdminProductResponse>()
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict)
                .ProducesProblem(StatusCodes.Status412PreconditionFailed)
                .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        }
    }

    private static async Task<IResult> HandleAsync(
        Move move, string productId, string? ifMatch, ClaimsPrincipal user, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        var outcome = await editor.EditAsync(productId, Caller.From(user), null, stored =>
        {
            if (CataloguePreconditions.Check(ifMatch, stored.Version, "product") is { } refusal)
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
        }, cancellationToken);
        return outcome.Problem ?? AdminResults.Product(outcome.Saved!);
    }
}
