using Backpack.Catalog.Api.Features.Catalogue.Localization;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.Images.UploadProductImage;
using Backpack.Catalog.Api.Features.Catalogue.GetImageFile;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Features.Catalogue.Images;

/// <summary>Describes the image upload as multipart/form-data and an image file's answer as binary with its caching headers.</summary>
public sealed class ImageDocumentation : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.Documents<UploadProductImageEndpoint>())
        {
            operation.RequestBody = Upload();
        }
        else if (context.Documents<GetImageFileEndpoint>())
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "The file's bytes.",
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["ETag"] = new OpenApiHeader
                    {
                        Description = "The SHA-256 of the bytes in quotes: a strong entity tag. Send it as If-None-Match to get 304.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^\"[0-9a-f]{64}\"$", MaxLength = 66 },
                    },
                    ["Cache-Control"] = new OpenApiHeader
                    {
                        Description = "Always " + ImageFileResult.CacheControl + ": the name is the content's hash, so its bytes never change.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 64 },
                    },
                },
                Content = ImageFormats.All.ToDictionary(f => f.MediaType, IOpenApiMediaType (f) => new OpenApiMediaType
                {
                    Example = JsonValue.Create($"(the image's bytes: {f.Code.ToUpperInvariant()})"),
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", MaxLength = (int)ImageRenditions.MaxBytes },
                }),
            };
        }
    }

    private static OpenApiRequestBody Upload() => new()
    {
        Required = true,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["multipart/form-data"] = new OpenApiMediaType
            {
                Example = new JsonObject
                {
                    [MultipartUpload.FilePart] = "(the image's bytes, e.g. metro-9-black-front.jpg)",
                    [UploadProductImageEndpoint.SkuPart] = "CL-METRO9-BLK",
                    [UploadProductImageEndpoint.AltTextPart] = "Classic Metro 9 in black, front view",
                },
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { MultipartUpload.FilePart },
                    AdditionalPropertiesAllowed = false,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [MultipartUpload.FilePart] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String, Format = "binary", MaxLength = (int)ImageRenditions.MaxBytes,
                            Description = "The image: JPEG, PNG or WebP by its content, at most 10 MiB and 8000 pixels a side.",
                        },
                        [UploadProductImageEndpoint.SkuPart] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String, MinLength = 4, MaxLength = 32, Pattern = CatalogueIds.SkuPattern,
                            Description = "A SKU of the product, when the picture shows that colourway.",
                        },
                        [UploadProductImageEndpoint.AltTextPart] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String, MinLength = 1, MaxLength = LocalizedText.MaxLength,
                            Description = "The English alt text; default the product's name (and the colourway's colour).",
                        },
                        [UploadProductImageEndpoint.PositionPart] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String, Pattern = "^[0-9]{1,4}$", MaxLength = 4,
                            Description = "1 to 1000, the place in the gallery; default after the last.",
                        },
                    },
                },
            },
        },
    };
}
