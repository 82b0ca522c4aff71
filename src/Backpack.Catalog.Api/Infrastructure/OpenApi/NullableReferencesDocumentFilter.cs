using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Swashbuckle wraps every member of an object type in allOf so that a nullable one can say so beside its $ref. A nullable
/// member keeps that form, <c>{ allOf: [$ref], nullable: true }</c>: it is the one NSwag, Kiota, openapi-python-client and
/// openapi-typescript all read as "this type or null" (an anyOf with a null branch makes NSwag refuse null and the others
/// invent a union type). A member that is not nullable, and a request body, needs no wrapper: a plain $ref.
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

                schema.Properties![name] = wrapper.Type?.HasFlag(JsonSchemaType.Null) == true
                    ? OrNull(new OpenApiSchemaReference(reference.Reference.Id!, swaggerDoc), swaggerDoc, wrapper.Description)
                    : new OpenApiSchemaReference(reference.Reference.Id!, swaggerDoc);
            }
        }
    }

    /// <summary>The referenced schema, or null, in the form every generator and linter reads.</summary>
    public static OpenApiSchema OrNull(OpenApiSchemaReference reference, OpenApiDocument document, string? description) => new()
    {
        OneOf =
        [
            reference,
            new OpenApiSchema
            {
                Type = (document.Components?.Schemas is { } schemas && schemas.TryGetValue(reference.Reference.Id!, out var target)
                    && target is OpenApiSchema { Type: { } type } ? type : JsonSchemaType.Object) | JsonSchemaType.Null,
                Enum = [null!],
            },
        ],
        Description = description,
    };
}
