using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Variants.ChangeVariantStatus;

/// <summary>Archive and restore: a SKU is withdrawn from sale, never deleted, because placed orders name it.</summary>
/// <remarks>One operation per subclass; FastEndpoints registers only the concrete ones.</remarks>
public abstract class VariantStatusEndpoint(CatalogueEditor editor) : Endpoint<SkuChange>
{
    private protected sealed record StatusMove(string Action, string OperationId, string To, string Summary, string Description);

    /// <summary>The move this operation makes.</summary>
    private protected abstract StatusMove Move { get; }

    public override void Configure()
    {
        var move = Move;
        Post($"/variants/{{sku}}/{move.Action}");
        Group<AdminGroup>();
        Description(b => b
            .WithName(move.OperationId)
            .WithSummary(move.Summary)
            .WithDescription(move.Description + " 409 when the SKU already is " + move.To + ". Requires If-Match with the SKU's ETag (428 " +
                "without, 412 when stale); answers the SKU with its new ETag.")
            .Produces<AdminVariantResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(SkuChange req, CancellationToken ct)
    {
        var sku = req.Sku;
        var to = Move.To;
        var outcome = await editor.EditVariantAsync(sku, req.IfMatch, Caller.From(User), null, (_, current) =>
            current.Status == to
                ? VariantEdit.Refuse(TypedResults.Problem(
                    title: $"The SKU is already {to}.",
                    detail: $"{sku} is {current.Status}; nothing to change.",
                    statusCode: StatusCodes.Status409Conflict,
                    type: ProblemTypes.CatalogueStateConflict,
                    extensions: new Dictionary<string, object?> { ["currentStatus"] = current.Status }))
                : VariantEdit.To(current with { Status = to }), ct);
        await Send.ResultAsync(outcome.Problem ?? AdminResults.Variant(outcome.Saved!, sku));
    }
}

public sealed class ArchiveVariantEndpoint(CatalogueEditor editor) : VariantStatusEndpoint(editor)
{
    private static readonly StatusMove Archive = new("archive", "ArchiveVariant", VariantStatuses.Archived, "Archive a SKU",
        "Withdraws the SKU from sale: it leaves the public catalogue (the change feed reports it and its prices removed) " +
        "and can no longer be quoted or ordered; placed orders keep it. A published product must keep one active SKU, so " +
        "archiving its last one is refused (400): unpublish or archive the product instead.");

    private protected override StatusMove Move => Archive;
}

public sealed class RestoreVariantEndpoint(CatalogueEditor editor) : VariantStatusEndpoint(editor)
{
    private static readonly StatusMove Restore = new("restore", "RestoreVariant", VariantStatuses.Active, "Restore an archived SKU",
        "Puts an archived SKU back on sale with the terms, ladder and stock it had.");

    private protected override StatusMove Move => Restore;
}
