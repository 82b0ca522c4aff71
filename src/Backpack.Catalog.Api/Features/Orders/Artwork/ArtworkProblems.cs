using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>The problems of artwork approval, worded the same way wherever they arise.</summary>
public static class ArtworkProblems
{
    /// <summary>What a design waits for, as the 409s list it.</summary>
    public sealed record PendingDesignResponse(string Design, string State, string WaitingFor);

    /// <summary>409: the order cannot leave awaiting_artwork for production (or confirmation) before every design is approved.</summary>
    public static ProblemHttpResult NotApproved(OrderRow order, string toStatus, IReadOnlyList<DesignRow> pending) => TypedResults.Problem(
        title: "The order's artwork is not approved yet.",
        detail: $"Order {order.OrderId} is {order.Status}; it cannot become {toStatus} until every design is approved. " +
            $"{pending.Count} design(s) wait: {string.Join("; ", pending.Take(10).Select(d => $"{d.Design} for {DesignStates.WaitingFor(d.State)}"))}" +
            (pending.Count > 10 ? " and more" : "") + ". It becomes submitted by itself when the last design is approved; it may be cancelled or rejected meanwhile.",
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.ArtworkNotApproved,
        extensions: new Dictionary<string, object?>
        {
            ["currentStatus"] = order.Status,
            ["pendingDesigns"] = pending.Select(d => new PendingDesignResponse(d.Design, d.State, DesignStates.WaitingFor(d.State))).ToList(),
        });

    public static ProblemHttpResult DesignNotFound(string orderId, string design) => Problems.NotFound(
        "No such design on the order.",
        $"Order {orderId} has no design {design}. Its designs are the design references of its customised lines (the order's designs).");

    public static ProblemHttpResult ProofNotFound(string orderId, string design, int round) => Problems.NotFound(
        "No such proof.",
        $"Design {design} of order {orderId} has no proof round {round}.");

    public static ProblemHttpResult FileNotFound(string orderId, string design) => Problems.NotFound(
        "No artwork yet.",
        $"No artwork has been uploaded for design {design} of order {orderId}.");

    /// <summary>409: the order is past artwork approval, or the design is not where the step needs it.</summary>
    public static ProblemHttpResult Conflict(OrderRow order, DesignRow design, string detail) => TypedResults.Problem(
        title: "The design cannot take that step now.",
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.DesignStateConflict,
        extensions: new Dictionary<string, object?>
        {
            ["currentStatus"] = order.Status,
            ["design"] = design.Design,
            ["designState"] = design.State,
        });

    public static ProblemHttpResult OrderPastArtwork(OrderRow order, DesignRow design) => Conflict(order, design,
        $"Order {order.OrderId} is {order.Status}: artwork and proofs change only while it is {OrderStatus.AwaitingArtwork}.");

    /// <summary>415: the file's content is not one of the types the design (or a proof) takes, whatever its name or declared type says.</summary>
    public static ProblemHttpResult WrongFileType(FileFormat? detected, IReadOnlyList<FileFormat> accepted, string what) => TypedResults.Problem(
        title: "The file's content is not a type this upload takes.",
        detail: (detected is null ? "Its content is none of PDF, SVG, AI, EPS, PNG or JPEG" : $"Its content is {detected.Code.ToUpperInvariant()}") +
            $"; {what} takes {FileFormats.Describe(accepted)}. The type is read from the file's first bytes, not from its name or Content-Type. " +
            "Nothing was stored.",
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        type: ProblemTypes.UnsupportedFileType,
        extensions: new Dictionary<string, object?>
        {
            ["detectedFormat"] = detected?.Code,
            ["acceptedFormats"] = accepted.Select(f => f.Code).ToList(),
        });

    public static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(
        title: "The file is too large.",
        detail: $"An upload holds at most {maxBytes:N0} bytes ({maxBytes / (1024 * 1024)} MiB). Nothing was stored.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        type: ProblemTypes.PayloadTooLarge);

    public static ProblemHttpResult NotMultipart(string? contentType) => TypedResults.Problem(
        title: "The upload must be multipart/form-data.",
        detail: $"Content-Type is {(string.IsNullOrEmpty(contentType) ? "missing" : contentType)}; send the file as multipart/form-data with a boundary, " +
            $"in a part named {MultipartUpload.FilePart}.",
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        type: ProblemTypes.UnsupportedMediaType);

    public static ProblemHttpResult MalformedMultipart() => TypedResults.Problem(
        title: "The multipart body is malformed.",
        detail: "The body could not be read as multipart/form-data: check the boundary and that every part is closed. Nothing was stored.",
        statusCode: StatusCodes.Status400BadRequest,
        type: ProblemTypes.MalformedRequest);

    public static ProblemHttpResult Part(string name, string message) => TypedResults.Problem(Problems.Validation(name, message).ProblemDetails);
}
