using System.Text.Json;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>The problems the import endpoint answers with; every one means nothing was written.</summary>
public static class ImportProblems
{
    public const int MaxErrors = 1_000;

    /// <summary>422 listing every error, by CSV row and column or by JSON path, in file order; at most <see cref="MaxErrors"/>.</summary>
    public static ProblemHttpResult Rejected(string format, IReadOnlyList<ImportError> errors)
    {
        var ordered = errors.OrderBy(e => e.At.Row).ThenBy(e => CatalogueCsvColumns.Position(e.At.Column)).ToList();
        var listed = ordered.Take(MaxErrors).Select(e => format == ImportFile.Csv
            ? (object)new { row = e.At.Row, column = e.At.Column, productId = e.ProductId, sku = e.Sku, message = e.Message }
            : new { path = e.At.Path, productId = e.ProductId, sku = e.Sku, message = e.Message }).ToList();
        var extensions = new Dictionary<string, object?> { ["errors"] = listed };
        if (ordered.Count > MaxErrors)
        {
            extensions["truncatedErrors"] = ordered.Count - MaxErrors;
        }

        return TypedResults.Problem(
            title: "The import file breaks the catalogue rules.",
            detail: $"{ordered.Count} error(s) in the file; nothing was imported. Each is under errors, " +
                (format == ImportFile.Csv ? "by row (the file's line number, the header being line 1) and column." : "by JSON path."),
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: ProblemTypes.ImportRejected,
            extensions: extensions);
    }

    public static ProblemHttpResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        title: "The import file must be JSON or CSV.",
        detail: $"Send the file with Content-Type: application/json (a catalogue document) or text/csv (one row per SKU), in UTF-8; " +
            $"the request said {(string.IsNullOrEmpty(contentType) ? "nothing" : $"'{contentType}'")}.",
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        type: ProblemTypes.UnsupportedMediaType);

    public static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(
        title: "The import file is too large.",
        detail: $"An import holds at most {maxBytes} bytes (CatalogueImport:MaxBytes). Split the catalogue into several files, " +
            "each imported on its own, or raise the limit.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        type: ProblemTypes.PayloadTooLarge);

    public static ProblemHttpResult TooManyRows(string format, int maxRows) => TypedResults.Problem(
        title: "The import file has too many rows.",
        detail: $"An import holds at most {maxRows} {(format == ImportFile.Csv ? "CSV rows" : "SKUs (a product without SKUs counting as one)")} " +
            "(CatalogueImport:MaxRows). Split the catalogue into several files, each imported on its own, or raise the limit.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        type: ProblemTypes.PayloadTooLarge);

    public static ProblemHttpResult NotUtf8(int byteIndex) => TypedResults.Problem(
        title: "The import file is not UTF-8.",
        detail: $"The bytes at offset {byteIndex} are not valid UTF-8. Save the file as UTF-8 and send it again.",
        statusCode: StatusCodes.Status400BadRequest,
        type: ProblemTypes.MalformedRequest);

    /// <summary>400 naming where the JSON stops being a catalogue document, worded as for every other JSON body.</summary>
    public static ProblemHttpResult MalformedJson(JsonException exception) =>
        TypedResults.Problem(RequestProblems.MalformedBody(exception));

    public static ProblemHttpResult Conflict() => TypedResults.Problem(
        title: "The catalogue changed during the import.",
        detail: "Another write changed a product or SKU of the file while it was being imported; nothing was imported. Send the file again.",
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.CatalogueStateConflict);
}
