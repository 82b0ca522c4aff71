using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Swashbuckle.AspNetCore.Annotations;

namespace Backpack.Catalog.Api.Features.Admin.Imports.ExportCatalogue;

public static class ExportCatalogueEndpoint
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, NewLine = "\n" };

    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/catalogue/export", HandleAsync)
            .WithName("ExportCatalogue")
            .WithSummary("Export the whole catalogue as JSON or CSV")
            .WithDescription("Every product, whatever its status, with every SKU (archived ones too), stock on hand and price ladder, " +
                "products by id and SKUs by code, as a file download (Content-Disposition: attachment; filename=catalogue-yyyyMMdd.json " +
                "or .csv). The file is exactly what POST /v1/admin/catalogue/import takes: importing it into an empty catalogue gives " +
                "the same catalogue, and importing it back unchanged changes nothing. The CSV format is described in api-docs/catalogue-import.md.")
            .Validated<ExportCatalogueRequest>();

    [SwaggerOperationFilter(typeof(CatalogueFileDocumentation.ExportOperation))]
    private static async Task<FileContentHttpResult> HandleAsync(
        [AsParameters] ExportCatalogueRequest request, HttpResponse response, IDbConnectionFactory connections, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);

        // Taking the catalogue's write lock (and never committing) makes the several reads one consistent picture on both engines.
        await using var transaction = await CatalogueChangeLog.BeginWriteAsync(connection, cancellationToken);
        var products = (await CatalogueReads.LoadAllAsync(connection, transaction, connections.Dialect.Render(CatalogueReads.SelectCatalogueBatch)))
            .Select(p => p.Document).ToList();

        var csv = request.Format == ImportFile.Csv;
        var file = csv ? CatalogueCsvWriter.Write(products) : JsonSerializer.SerializeToUtf8Bytes(new CatalogueDocument { Products = products }, Json);
        var name = $"catalogue-{clock.GetUtcNow():yyyyMMdd}.{(csv ? ImportFile.Csv : ImportFile.Json)}";
        response.Headers.ContentDisposition = $"attachment; filename={name}";
        return TypedResults.File(file, csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
    }
}
