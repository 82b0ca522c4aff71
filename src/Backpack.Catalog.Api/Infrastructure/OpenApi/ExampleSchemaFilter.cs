using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// A type with a public static <c>Example</c> property gets it, serialised exactly as the API serialises, as its
/// schema example. Examples are real C# values, so they cannot drift from the types they illustrate.
/// </summary>
public sealed class ExampleSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        var example = context.Type.GetProperty("Example", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        if (example is not null && schema is OpenApiSchema concrete)
        {
            concrete.Examples = [JsonNode.Parse(JsonSerializer.Serialize(example, context.Type, json.Value.SerializerOptions))!];
        }
    }
}
