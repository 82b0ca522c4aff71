using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Adds what every operation shares: the 500 problem response (any operation can fail that way), the 401 problem
/// response (a malformed, unknown or revoked key is refused everywhere, even where no key is needed), and
/// parameter descriptions and required markers taken from <see cref="DescriptionAttribute"/> and
/// <see cref="RequiredAttribute"/> on request properties and parameters.
/// </summary>
public sealed class StandardResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        AddProblem(operation, context, StatusCodes.Status401Unauthorized,
            "The X-Api-Key sent is malformed, unknown or revoked. Where no key is needed, send none or a valid one.");
        AddProblem(operation, context, StatusCodes.Status500InternalServerError,
            "Unexpected server error; the body carries a traceId to quote to support and nothing else about the inside.");

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

    private static void AddProblem(OpenApiOperation operation, OperationFilterContext context, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses.ContainsKey(key))
        {
            var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
            };
        }
    }
}
