using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// A nullable property whose type has a schema of its own is written as a bare <c>$ref</c>, and OpenAPI 3.0 ignores
/// whatever stands beside a <c>$ref</c>, so its <c>nullable</c> is lost and the document forbids the null the API sends.
/// Such a property becomes <c>allOf: [$ref]</c> with <c>nullable: true</c>.
/// </summary>
public sealed class NullableReferencesSchemaFilter(ISerializerDataContractResolver contracts) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            return;
        }

        var nullability = new NullabilityInfoContext();
        foreach (var property in contracts.GetDataContractForType(context.Type).ObjectProperties ?? [])
        {
            if (concrete.Properties.TryGetValue(property.Name, out var propertySchema)
                && propertySchema is OpenApiSchemaReference reference
                && property.MemberInfo is PropertyInfo info
                && nullability.Create(info).ReadState == NullabilityState.Nullable)
            {
                concrete.Properties[property.Name] = new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null };
            }
        }
    }
}
