using System.Text;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// The import body and the export answer come as JSON or as CSV. Endpoint metadata gives an operation one schema for
/// all its content types, so these filters describe each: the catalogue document for JSON, and for CSV a string whose
/// example is the document's example as the CSV writer writes it.
/// </summary>
public static class CatalogueFileDocumentation
{
    private static string CsvExample => Encoding.UTF8.GetString(CatalogueCsvWriter.Write([ProductDocument.Example]));

    private static Dictionary<string, IOpenApiMediaType> Formats(OperationFilterContext context) => new()
    {
        ["application/json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(CatalogueDocument), context.SchemaRepository) },
        ["text/csv"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "UTF-8, RFC 4180, a header row then one row per SKU (api-docs/catalogue-import.md)." },
            Example = JsonValue.Create(CsvExample),
        },
    };

    public sealed class ImportOperation : IOperationFilter
    {
        private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
        {
            ["200"] = "The file passed every check: what it changed (or, with dryRun, would change).",
            ["400"] = "The body is not a catalogue document (JSON syntax or a value of the wrong type, with its line and position), is not UTF-8, or dryRun is not true or false.",
            ["409"] = "Another write changed the catalogue while the file was being imported; nothing was written. Send it again.",
            ["413"] = "The body is larger than CatalogueImport:MaxBytes, or holds more rows than CatalogueImport:MaxRows.",
            ["415"] = "The Content-Type is neither application/json nor text/csv (or names a charset other than UTF-8).",
            ["422"] = "The file breaks the catalogue rules; nothing was written. errors lists every problem in file order, as { row, column, " +
                "productId, sku, message } for CSV (row: the line the record starts on, the header being line 1; column: the header name) or " +
                "{ path, productId, sku, message } for JSON (e.g. products[3].variants[0].moq); past 1,000 errors, truncatedErrors counts the rest.",
        };

        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The products to upsert: a catalogue document (application/json) or the catalogue CSV (text/csv), UTF-8.",
                Content = Formats(context),
            };
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (Answers.TryGetValue(status, out var description) && response is OpenApiResponse concrete)
                {
                    concrete.Description = description;
                }
            }
        }
    }

    public sealed class ExportOperation : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "The catalogue, as the file named in Content-Disposition.",
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Content-Disposition"] = new OpenApiHeader
                    {
                        Description = "attachment; filename=catalogue-yyyyMMdd.json (or .csv), dated today (UTC).",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
                Content = Formats(context),
            };
        }
    }
}
