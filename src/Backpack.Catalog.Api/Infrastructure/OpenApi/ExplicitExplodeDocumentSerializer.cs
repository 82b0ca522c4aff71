using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes the document as Microsoft.OpenApi does, then states style: form and explode: true on every array query
/// parameter. The writer leaves out values equal to the defaults, but a repeatable filter is where a client developer
/// looks for them, and some generators only read what is written.
/// </summary>
public sealed class ExplicitExplodeDocumentSerializer : ISwaggerDocumentSerializer
{
    public void SerializeDocument(OpenApiDocument document, IOpenApiWriter writer, OpenApiSpecVersion specVersion)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        document.SerializeAs(specVersion, new OpenApiJsonWriter(text));
        var root = JsonNode.Parse(text.ToString())!;
        var parameters = root["paths"]?.AsObject().SelectMany(path => path.Value!.AsObject())
            .SelectMany(operation => operation.Value?["parameters"] as JsonArray ?? []) ?? [];
        foreach (var parameter in parameters.OfType<JsonObject>())
        {
            if ((string?)parameter["in"] == "query" && (string?)parameter["schema"]?["type"] == "array")
            {
                parameter["style"] = "form";
                parameter["explode"] = true;
            }
        }

        writer.WriteRaw(root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
