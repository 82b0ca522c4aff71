using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Adds what every operation shares: the 500 problem response (any operation can fail that way), and
/// parameter descriptions and required markers taken from <see cref="DescriptionAttribute"/> and
/// <see cref="RequiredAttribute"/> on request properties and parameters.
/// </summary>
public sealed class StandardResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey("500"))
        {
            var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
            operation.Responses["500"] = new OpenApiResponse
            {
                Description = "Unexpected server error; the body carries a traceId to quote to support and nothing else about the inside.",
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
            };
        }

        foreach (var description in context.ApiDescription.ParameterDescriptions)
        {
            var info = (description.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo;
            var text = info?.GetCustomAttribute<DescriptionAttribute>()?.Description;
            var parameter = operation.Parameters?.FirstOrDefault(p => string.Equals(p.Name, description.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is not OpenApiParameter concrete)
            {
                continue;
            }

            concrete.Description = text ?? concrete.Description;

            // Nullable so the endpoint can answer its own problem when it is missing, but required all the same.
            concrete.Required |= info?.GetCustomAttribute<RequiredAttribute>() is not null;
        }
    }
}
