using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// A read that can answer 304 takes If-None-Match. The handlers read the header themselves (ETaggedJson), so no request DTO
/// declares it; without it in the document a generated client cannot send the ETag it was given.
/// </summary>
public sealed class ConditionalGetOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses?.ContainsKey("304") != true
            || operation.Parameters?.Any(p => p.In == ParameterLocation.Header && p.Name == HeaderNames.IfNoneMatch) == true)
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = HeaderNames.IfNoneMatch,
            In = ParameterLocation.Header,
            Required = false,
            Description = "The ETag of a copy you hold (several, comma-separated, or *). When it still matches, the answer is 304 with no body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}
