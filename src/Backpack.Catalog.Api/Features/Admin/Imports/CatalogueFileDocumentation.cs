using System.Text;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// The import body and the export answer come as JSON or as CSV. Endpoint metadata gives an operation one schema for
/// all its content types, so these filters describe each: the catalogue document for JSON, and for CSV a string whose
/// example is the document's example as the CSV writer writes it. An import is bounded by the configured
/// <see cref="CatalogueImportOptions"/> (a UTF-8 body of n bytes holds at most n characters); an export is the whole
/// catalogue, which nothing bounds, so its file carries no size.
/// </summary>
public static class CatalogueFileDocumentation
{
    private const string CsvDescription = "UTF-8, RFC 4180, a header row then one row per SKU (api-docs/catalogue-import.md).";

    /// <summary>attachment; filename=catalogue-yyyyMMdd.json or .csv.</summary>
    private const string ContentDispositionPattern = @"^attachment; filename=catalogue-\d{8}\.(json|csv)$";

    private static string CsvExample => Encoding.UTF8.GetString(CatalogueCsvWriter.Write([ProductDocument.Example]));

    private static OpenApiMediaType Csv(int? maxLength) => new OpenApiMediaType
    {
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = CsvDescription, MaxLength = maxLength },
        Example = JsonValue.Create(CsvExample),
    };

    /// <summary>Registered for every operation; acts on the import, whose body it describes with the configured limits.</summary>
    public sealed class ImportOperation(IOptions<CatalogueImportOptions> limits) : IOperationFilter
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
            if (!context.Documents<ImportCatalogue.ImportCatalogueEndpoint>())
            {
                return;
            }

            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The products to upsert: a catalogue document (application/json) or the catalogue CSV (text/csv), UTF-8.",
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/json"] = new OpenApiMediaType
                    {
                        Schema = ImportDocument(context),
                        Example = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(CatalogueDocument.Example, System.Text.Json.JsonSerializerOptions.Web)),
                    },
                    ["text/csv"] = Csv((int)Math.Min(limits.Value.MaxBytes, int.MaxValue)),
                },
            };
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (Answers.TryGetValue(status, out var description) && response is OpenApiResponse concrete)
                {
                    concrete.Description = description;
                }
            }
        }

        /// <summary>
        /// The catalogue document, holding at most MaxRows products (a product without SKUs counts as a row): a component of
        /// its own, so that generated clients name it rather than inventing a type for an inline schema.
        /// </summary>
        private OpenApiSchemaReference ImportDocument(OperationFilterContext context)
        {
            const string name = "CatalogueImportDocument";
            if (!context.SchemaRepository.Schemas.ContainsKey(name))
            {
                context.SchemaRepository.AddDefinition(name, new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "A catalogue document to import: the shape GET /v1/admin/catalogue/export answers, with at most CatalogueImport:MaxRows rows.",
                    Required = new HashSet<string> { "products" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["products"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array,
                            MaxItems = limits.Value.MaxRows,
                            Items = context.SchemaGenerator.GenerateSchema(typeof(ProductDocument), context.SchemaRepository),
                        },
                        ["customizationOptions"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array | JsonSchemaType.Null,
                            Description = "Optional: customisation options to create or replace by id, after the products (JSON only).",
                            MaxItems = Customization.CustomizationOptionRules.MaxOptions,
                            Items = context.SchemaGenerator.GenerateSchema(typeof(Customization.CustomizationOptionDocument), context.SchemaRepository),
                        },
                        ["labels"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array | JsonSchemaType.Null,
                            Description = "Optional: feature, certification and family labels to replace by kind and key, after the options (JSON only).",
                            MaxItems = Labels.LabelRules.MaxLabels,
                            Items = context.SchemaGenerator.GenerateSchema(typeof(Labels.CatalogueLabelDocument), context.SchemaRepository),
                        },
                    },
                });
            }

            return new OpenApiSchemaReference(name, context.Document);
        }
    }

    public sealed class ExportOperation : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (!context.Documents<ExportCatalogue.ExportCatalogueEndpoint>())
            {
                return;
            }

            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "The catalogue, as the file named in Content-Disposition.",
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Content-Disposition"] = new OpenApiHeader
                    {
                        Description = "attachment; filename=catalogue-yyyyMMdd.json (or .csv), dated today (UTC).",
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String, Pattern = ContentDispositionPattern, MaxLength = "attachment; filename=catalogue-yyyyMMdd.json".Length,
                        },
                    },
                },
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(CatalogueDocument), context.SchemaRepository) },
                    ["text/csv"] = Csv(null),
                },
            };
        }
    }
}
