using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// 400s are documented with the validation problem's schema, but a body that cannot be read at all answers a
/// malformed-request problem, which says where in its detail and has no <c>errors</c> (api-docs/errors.md).
/// </summary>
public sealed class ValidationProblemSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type == typeof(HttpValidationProblemDetails) && schema is OpenApiSchema concrete)
        {
            concrete.Required?.Remove("errors");
            concrete.Description = "A 400 problem. A validation problem (type .../problems/validation) maps each rejected parameter to its messages " +
                "in errors; a malformed-request problem (a body that is not JSON of the documented shape) says where in detail and has no errors.";
        }
    }
}
