using Backpack.Catalog.Api.Features.Admin.Orders.PostProof;
using Backpack.Catalog.Api.Features.Orders.Artwork.GetArtwork;
using Backpack.Catalog.Api.Features.Orders.Artwork.GetProof;
using Backpack.Catalog.Api.Features.Orders.Artwork.UploadArtwork;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>
/// Describes the file operations (artwork, proofs, inspection reports, certificates) as files: the uploads as multipart/form-data with a binary part named file (and a note for proofs),
/// the downloads as binary bodies of the types they may be, with the ETag and Content-Disposition they carry. Endpoint metadata cannot
/// say any of this.
/// </summary>
public sealed class ArtworkDocumentation : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.Documents<UploadArtworkEndpoint>())
        {
            operation.RequestBody = Upload("The artwork: PDF, SVG, AI, EPS or PNG by its content, 1 byte to 20 MiB.", withNote: false);
        }
        else if (context.Documents<PostProofEndpoint>())
        {
            operation.RequestBody = Upload("The proof (a mock-up): PDF, PNG or JPEG by its content, 1 byte to 20 MiB.", withNote: true);
        }
        else if (context.Documents<GetArtworkEndpoint>())
        {
            Download(operation, "The design's artwork, as the file type its content is.", FileFormats.Artwork);
        }
        else if (context.Documents<GetProofEndpoint>())
        {
            Download(operation, "The proof, as the file type its content is.", FileFormats.Proof);
        }
        else if (context.Documents<Admin.Orders.UploadInspectionReport.UploadInspectionReportEndpoint>())
        {
            operation.RequestBody = Upload("The inspector's report: PDF, PNG or JPEG by its content, 1 byte to 20 MiB.", withNote: false);
        }
        else if (context.Documents<Inspections.GetInspectionReport.GetInspectionReportEndpoint>())
        {
            Download(operation, "The inspection report, as the file type its content is.", FileFormats.Proof);
        }
        else if (context.Documents<Admin.Certificates.UploadCertificateDocument.UploadCertificateDocumentEndpoint>())
        {
            operation.RequestBody = Upload("The certificate as issued: PDF, PNG or JPEG by its content, 1 byte to 20 MiB.", withNote: false);
        }
        else if (context.Documents<Compliance.GetCertificateDocument.GetCertificateDocumentEndpoint>())
        {
            Download(operation, "The certificate's document, as the file type its content is.", FileFormats.Proof);
        }
    }

    private static OpenApiRequestBody Upload(string fileDescription, bool withNote)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            [MultipartUpload.FilePart] = new OpenApiSchema
            {
                Type = JsonSchemaType.String, Format = "binary", Description = fileDescription, MaxLength = (int)ArtworkLimits.MaxFileBytes,
            },
        };
        if (withNote)
        {
            properties[MultipartUpload.NotePart] = new OpenApiSchema
            {
                Type = JsonSchemaType.String, MaxLength = ArtworkLimits.MaxNoteLength, Description = "What the distributor should look at.",
            };
        }

        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["multipart/form-data"] = new OpenApiMediaType
                {
                    Example = withNote
                        ? new JsonObject { [MultipartUpload.FilePart] = "(the mock-up's bytes, e.g. mockup-1.png)", [MultipartUpload.NotePart] = "Logo centred on the front panel." }
                        : new JsonObject { [MultipartUpload.FilePart] = "(the artwork's bytes, e.g. nairobi-logo.svg)" },
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { MultipartUpload.FilePart },
                        Properties = properties,
                        AdditionalPropertiesAllowed = false,
                    },
                },
            },
        };
    }

    private static void Download(OpenApiOperation operation, string description, IReadOnlyList<FileFormat> formats)
    {
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = description,
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["ETag"] = new OpenApiHeader
                {
                    Description = "The SHA-256 of the content in quotes: a strong entity tag. Send it as If-None-Match to get 304.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^\"[0-9a-f]{64}\"$", MaxLength = 66 },
                },
                ["Content-Disposition"] = new OpenApiHeader
                {
                    Description = "attachment, with the name the file was uploaded under.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 2 * ArtworkLimits.MaxFileNameLength + 64 },
                },
            },
            Content = formats.ToDictionary(f => f.MediaType, IOpenApiMediaType (f) => new OpenApiMediaType
            {
                Example = JsonValue.Create($"(the file's bytes: {f.Code.ToUpperInvariant()})"),
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", MaxLength = (int)ArtworkLimits.MaxFileBytes },
            }),
        };
    }
}
