using System.ComponentModel;
using System.Security.Claims;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Admin.Variants.ChangeVariantStatus;

/// <summary>Archive and restore: a SKU is withdrawn from sale, never deleted, because placed orders name it.</summary>
public static class ChangeVariantStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        MapMove(admin, "archive", "ArchiveVariant", VariantStatuses.Archived, "Archive a SKU",
            "Withdraws the SKU from sale: it leaves the public catalogue (the change feed reports it and its prices removed) " +
            "and can no longer be quoted or ordered; placed orders keep it. A published product must keep one active SKU, so " +
            "archiving its last one is refused (400): unpublish or archive the product instead.");
        MapMove(admin, "restore", "RestoreVariant", VariantStatuses.Active, "Restore an archived SKU",
            "Puts an archived SKU back on sale with the terms, ladder and stock it had.");
    }

    private static void MapMove(IEndpointRouteBuilder admin, string action, string name, string to, string summary, string description) =>
        admin.MapPost($"/variants/{{sku}}/{action}", (
                [Description("SKU, e.g. CL-METRO9-BLK.")] string sku,
                [FromHeader(Name = "If-Match")] [Description(CataloguePreconditions.IfMatchDescription)] string? ifMatch,
                ClaimsPrincipal user, CatalogueEditor editor, CancellationToken cancellationToken) =>
            HandleAsync(sku, to, ifMatch, user, editor, cancellationToken))
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description + " 409 when the SKU already is " + to + ". Requires If-Match with the SKU's ETag (428 " +
                "without, 412 when stale); answers the SKU with its new ETag.")
            .Produces<AdminVariantResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<IResult> HandleAsync(
        string sku, string to, string? ifMatch, ClaimsPrincipal user, CatalogueEditor editor, CancellationToken cancellationToken)
    {
        var outcome = await editor.EditVariantAsync(sku, ifMatch, Caller.From(user), null, (_, current) =>
            current.Status == to
                ? VariantEdit.Refuse(TypedResults.Problem(
                    title: $"The SKU is already {to}.",
                    detail: $"{sku} is {current.Status}; nothing to change.",
                    statusCode: StatusCodes.Status409Conflict,
                    type: ProblemTypes.CatalogueStateConflict,
                    extensions: new Dictionary<string, object?> { ["currentStatus"] = current.Status }))
                : VariantEdit.To(current with { Status = to }), cancellationToken);
        return outcome.Problem ?? AdminResults.Variant(outcome.Saved!, sku);
    }
}
