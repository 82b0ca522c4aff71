using System.ComponentModel;
using System.Reflection;
using Backpack.Catalog.Api.Infrastructure.Endpoints;
using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// FastEndpoints maps every operation to one parameterless handler, so ApiExplorer sees none of the route, query and header
/// values its request DTO binds. This writes them from the DTO the endpoint definition names (<see cref="RequestInputs"/>),
/// in declaration order, with the property's description and its schema (limits and all, through the schema filters).
/// </summary>
public sealed class EndpointParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.EndpointDefinition() is not { } definition)
        {
            return;
        }

        var parameters = RequestInputs.Of(definition.ReqDtoType)
            .Where(input => input.Source != RequestSource.Body)
            .Select(input => (IOpenApiParameter)new OpenApiParameter
            {
                Name = input.Name,
                In = input.Source switch
                {
                    RequestSource.Route => ParameterLocation.Path,
                    RequestSource.Query => ParameterLocation.Query,
                    _ => ParameterLocation.Header,
                },
                Required = input.Required,
                Description = input.Property.GetCustomAttribute<DescriptionAttribute>()?.Description,
                Schema = context.SchemaGenerator.GenerateSchema(input.Property.PropertyType, context.SchemaRepository, memberInfo: input.Property),
                // A repeatable filter is sent as the same name again (category=kids&category=eco), never comma-joined.
                Style = input.Property.PropertyType.IsArray ? ParameterStyle.Form : null,
                Explode = input.Property.PropertyType.IsArray,
            })
            .ToList();
        if (parameters.Count > 0)
        {
            operation.Parameters = parameters;
        }
    }
}

public static class EndpointOperationContext
{
    /// <summary>The FastEndpoints definition behind the operation being described, if any.</summary>
    public static EndpointDefinition? EndpointDefinition(this OperationFilterContext context) =>
        context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();

    /// <summary>Whether the operation being described is <typeparamref name="TEndpoint"/>'s.</summary>
    public static bool Documents<TEndpoint>(this OperationFilterContext context) => context.EndpointDefinition()?.EndpointType == typeof(TEndpoint);
}
