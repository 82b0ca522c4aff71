using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Swashbuckle wraps every member of an object type in allOf so that a nullable one can say so beside its $ref. But in
/// OpenAPI 3.0 "nullable" does not reach into allOf: validators still refuse null there. A nullable member becomes
/// anyOf the object or null; one that is not nullable, and a request body, needs no wrapper at all.
/// </summary>
public sealed class NullableReferencesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var bodies = swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.RequestBody?.Content?.Values.OfType<OpenApiMediaType>() ?? []);
        foreach (var body in bodies)
        {
            if (body.Schema is OpenApiSchema { AllOf: [OpenApiSchemaReference reference] })
            {
                body.Schema = new OpenApiSchemaReference(reference.Reference.Id!, swaggerDoc);
            }
        }

        foreach (var schema in swaggerDoc.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            foreach (var (name, member) in schema.Properties?.ToList() ?? [])
            {
                if (member is not OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } wrapper)
                {
                    continue;
                }

                if (wrapper.Type?.HasFlag(JsonSchemaType.Null) == true)
                {
                    schema.Properties![name] = new OpenApiSchema
                    {
                        Description = wrapper.Description,
                        AnyOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Object | JsonSchemaType.Null, Enum = [null!] }],
                    };
                }
                else
                {
                    schema.Properties![name] = new OpenApiSchemaReference(reference.Reference.Id!, swaggerDoc);
                }
            }
        }
    }
}
