using System.Text.Json;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Admin.Imports.ImportCatalogue;

public sealed class ImportCatalogueEndpoint(CatalogueImporter importer, IOptions<CatalogueImportOptions> options, IOptions<JsonOptions> json) : Endpoint<ImportCatalogueRequest>
{
    public override void Configure()
    {
        Post("/catalogue/import");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ImportCatalogue")
            // The import reads and bounds its body itself, by CatalogueImport:MaxBytes rather than RequestBody:MaxBytes.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .WithSummary("Import products and SKUs from a JSON or CSV file, all or nothing")
            .WithDescription("Upserts every product of the file (application/json: a catalogue document as export writes it; text/csv: " +
                "one row per SKU, see api-docs/catalogue-import.md): the file's fields replace the stored ones, its SKUs are created or " +
                "replaced, and stored SKUs it does not list stay as they are. Every product is held to the catalogue rules, a product " +
                "or SKU listed twice is an error, and a SKU of another product is refused. One error anywhere and nothing is written: " +
                "422 lists every error, by row and column for CSV or by JSON path. With dryRun=true the same checks run and the answer " +
                "counts what would change, writing nothing. Writes only what differs and audits it with the reason \"bulk import " +
                "{importId}\". By default the body may hold at most 4 MiB and 5,000 rows (CatalogueImport:MaxBytes, CatalogueImport:MaxRows); more is 413.")
            .Produces<ImportCatalogueResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity), clearDefaults: true);
    }

    public override async Task HandleAsync(ImportCatalogueRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await ImportAsync(req, HttpContext.Request, ct));

    private async Task<Results<Ok<ImportCatalogueResponse>, ProblemHttpResult>> ImportAsync(ImportCatalogueRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        var format = ImportBody.FormatOf(http.ContentType);
        if (format is null)
        {
            return ImportProblems.UnsupportedMediaType(http.ContentType);
        }

        var limits = options.Value;
        var body = await ImportBody.ReadAsync(http, limits.MaxBytes, cancellationToken);
        if (body is null)
        {
            return ImportProblems.TooLarge(limits.MaxBytes);
        }

        if (ImportBody.InvalidUtf8At(body) is var invalid and >= 0)
        {
            return ImportProblems.NotUtf8(invalid);
        }

        ImportFile file;
        try
        {
            file = format == ImportFile.Json
                ? CatalogueJsonReader.Read(body, json.Value.SerializerOptions, limits.MaxRows)
                : CatalogueCsvReader.Read(body, limits.MaxRows);
        }
        catch (JsonException exception)
        {
            return ImportProblems.MalformedJson(exception);
        }

        if (file.OverRowLimit)
        {
            return ImportProblems.TooManyRows(format, limits.MaxRows);
        }

        var dryRun = request.DryRun ?? false;
        var outcome = await importer.RunAsync(file, dryRun, Caller.From(User), cancellationToken);
        if (outcome.Conflict)
        {
            return ImportProblems.Conflict();
        }

        return outcome.Errors.Count > 0
            ? ImportProblems.Rejected(format, outcome.Errors)
            : TypedResults.Ok(new ImportCatalogueResponse(outcome.ImportId, dryRun, format, outcome.Products, outcome.Skus, outcome.CustomizationOptions, outcome.Labels));
    }
}
