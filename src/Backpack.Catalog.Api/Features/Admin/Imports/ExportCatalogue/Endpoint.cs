using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Infrastructure.Data;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Imports.ExportCatalogue;

public sealed class ExportCatalogueEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<ExportCatalogueRequest>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, NewLine = "\n" };

    public override void Configure()
    {
        Get("/catalogue/export");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ExportCatalogue")
            .WithSummary("Export the whole catalogue as JSON or CSV")
            .WithDescription("Every product, whatever its status, with every SKU (archived ones too), stock on hand and price ladder, " +
                "products by id and SKUs by code, and in JSON the customisation options by id, as a file download (Content-Disposition: attachment; filename=catalogue-yyyyMMdd.json " +
                "or .csv). The file is exactly what POST /v1/admin/catalogue/import takes: importing it into an empty catalogue gives " +
                "the same catalogue, and importing it back unchanged changes nothing. The CSV format is described in api-docs/catalogue-import.md.")
            .ProducesValidationProblem(), clearDefaults: true);
    }

    public override async Task HandleAsync(ExportCatalogueRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await ExportAsync(req, HttpContext.Response, ct));

    private async Task<FileContentHttpResult> ExportAsync(ExportCatalogueRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);

        // Taking the catalogue's write lock (and never committing) makes the several reads one consistent picture on both engines.
        await using var transaction = await CatalogueChangeLog.BeginWriteAsync(connection, cancellationToken);
        var products = (await CatalogueReads.LoadAllAsync(connection, transaction, connections.Dialect.Render(CatalogueReads.SelectCatalogueBatch)))
            .Select(p => p.Document).ToList();

        var csv = request.Format == ImportFile.Csv;
        var options = csv ? [] : (await Features.Customization.CustomizationData.AllAsync(connection, transaction)).Select(CustomizationOptionDocuments.From).ToList();
        var labels = csv ? [] : (await Labels.LabelTable.AllAsync(connection, transaction, connections.Dialect)).Select(Labels.CatalogueLabelDocument.From).ToList();
        var file = csv
            ? CatalogueCsvWriter.Write(products)
            : JsonSerializer.SerializeToUtf8Bytes(new CatalogueDocument { Products = products, CustomizationOptions = [.. options], Labels = [.. labels] }, Json);
        var name = $"catalogue-{clock.GetUtcNow():yyyyMMdd}.{(csv ? ImportFile.Csv : ImportFile.Json)}";
        response.Headers.ContentDisposition = $"attachment; filename={name}";
        return TypedResults.File(file, csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
    }
}
