using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Features.Orders.Documents.GetDocumentPdf;

/// <summary>Documents the PDF a trade document downloads as: its media type, a binary body, and the attachment name.</summary>
public sealed class PdfDocumentation : IOperationFilter
{
    /// <summary>Far above any document's size: 100 lines on a few A4 pages come to well under a megabyte.</summary>
    private const int MaxPdfBytes = 8 * 1024 * 1024;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.Documents<GetDocumentPdfEndpoint>())
        {
            return;
        }

        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "The document as a PDF (A4).",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Content-Disposition"] = new OpenApiHeader
                {
                    Description = "attachment, named by the document's number, e.g. CI-2026-000017.pdf.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 128 },
                },
            },
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/pdf"] = new OpenApiMediaType
                {
                    Example = JsonValue.Create("(the PDF's bytes)"),
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", MaxLength = MaxPdfBytes },
                },
            },
        };
    }
}
