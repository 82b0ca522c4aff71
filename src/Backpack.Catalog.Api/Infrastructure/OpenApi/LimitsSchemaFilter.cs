using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Limits on properties and parameters: what the request's validator enforces (<see cref="ValidatorLimits"/>), closed
/// vocabularies (<see cref="OneOfAttribute"/>), and the length of timestamps and dates. DataAnnotations length and range
/// attributes, which Swashbuckle reads itself, cover what neither can express.
/// </summary>
public sealed class LimitsSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    /// <summary>The longest timestamp System.Text.Json writes: 2026-11-01T08:30:00.1234567+00:00.</summary>
    public const int DateTimeMaxLength = 33;

    /// <summary>An ISO 8601 date: 2026-11-01.</summary>
    public const int DateMaxLength = 10;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        // A property bound with [AsParameters] arrives as a parameter whose Member is the property.
        var member = context.MemberInfo ?? context.ParameterInfo?.Member as PropertyInfo;
        var attributes = context.MemberInfo?.GetCustomAttributes(true) ?? context.ParameterInfo?.GetCustomAttributes(true) ?? [];
        if (attributes.OfType<OneOfAttribute>().FirstOrDefault() is { } oneOf)
        {
            var target = concrete.Type?.HasFlag(JsonSchemaType.Array) == true ? concrete.Items as OpenApiSchema : concrete;
            target?.Enum = oneOf.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        }

        if (member?.ReflectedType is { } container && services.GetService(typeof(IValidator<>).MakeGenericType(container)) is IValidator validator)
        {
            ValidatorLimits.Apply(validator, JsonNamingPolicy.CamelCase.ConvertName(member.Name), concrete);
        }

        var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            concrete.MaxLength ??= DateTimeMaxLength;
        }
        else if (type == typeof(DateOnly))
        {
            concrete.MaxLength ??= DateMaxLength;
        }
    }
}
