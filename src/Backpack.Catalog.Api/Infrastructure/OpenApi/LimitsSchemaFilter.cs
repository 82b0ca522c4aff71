using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Limits on body properties and on request parameters (their schemas are generated for the DTO's property): what the request's validator enforces
/// (<see cref="ValidatorLimits"/>), closed vocabularies (<see cref="OneOfAttribute"/>), ids (<see cref="IdentifierAttribute"/>),
/// list sizes bounded by a vocabulary (<see cref="MaxItemsOfAttribute"/>), and the length of timestamps
/// and dates. DataAnnotations length and range attributes, which Swashbuckle reads itself, cover what neither can express.
/// </summary>
public sealed class LimitsSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    /// <summary>The longest timestamp System.Text.Json writes: 2026-11-01T08:30:00.1234567+00:00.</summary>
    public const int DateTimeMaxLength = 33;

    /// <summary>An ISO 8601 date: 2026-11-01.</summary>
    public const int DateMaxLength = 10;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete)
        {
            var attributes = context.MemberInfo?.GetCustomAttributes(true) ?? context.ParameterInfo?.GetCustomAttributes(true) ?? [];
            Apply(concrete, context.Type, context.MemberInfo as PropertyInfo, attributes);
            // Any pattern (an id's, or a DataAnnotation's that Swashbuckle writes itself): generators need its lengths beside it.
            if (concrete.Pattern is { } pattern && concrete.MinLength is null)
            {
                concrete.MinLength = ValidatorLimits.ShortestMatch(pattern);
            }
            if (context.MemberInfo is null && concrete.Required is { Count: > 0 } required)
            {
                // A member with a default (sample: false) may be left out: the document must not call it required.
                foreach (var defaulted in context.Type.GetProperties().Where(p => p.IsDefined(typeof(System.ComponentModel.DefaultValueAttribute))))
                {
                    required.Remove(JsonNamingPolicy.CamelCase.ConvertName(defaulted.Name));
                }
            }
        }
    }

    private void Apply(OpenApiSchema schema, Type type, PropertyInfo? property, object[] attributes)
    {
        if (attributes.OfType<OneOfAttribute>().FirstOrDefault() is { } oneOf)
        {
            var values = oneOf.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            if (schema.Type?.HasFlag(JsonSchemaType.Array) == true)
            {
                // Lists of keys name each at most once, so the vocabulary's size bounds them.
                (schema.Items as OpenApiSchema)?.Enum = values;
                schema.UniqueItems = true;
                schema.MaxItems = values.Count;
            }
            else
            {
                // A nullable member's null must be one of the enum's values too, or validators refuse it.
                schema.Enum = schema.Type?.HasFlag(JsonSchemaType.Null) == true ? [.. values, null!] : values;
            }
        }

        if (attributes.OfType<KnownValuesAttribute>().FirstOrDefault() is { } known)
        {
            schema.Format = "uri";
            schema.MaxLength ??= Errors.ProblemLimits.MaxInstanceLength;
            schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            schema.Extensions["x-extensible-enum"] = new JsonNodeExtension(new JsonArray([.. known.Values.Select(v => (JsonNode)JsonValue.Create(v))]));
        }

        if (attributes.OfType<MaxItemLengthAttribute>().FirstOrDefault() is { } itemLength
            && (schema.Items ?? schema.AdditionalProperties) is OpenApiSchema items)
        {
            items.MaxLength = itemLength.MaxLength;
        }

        if (attributes.OfType<ItemRangeAttribute>().FirstOrDefault() is { } itemRange && schema.Items is OpenApiSchema numbers)
        {
            numbers.Minimum = itemRange.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
            numbers.Maximum = itemRange.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (attributes.OfType<MultipleOfAttribute>().FirstOrDefault() is { } multipleOf)
        {
            schema.MultipleOf = multipleOf.Step;
        }

        if (attributes.OfType<IdentifierAttribute>().FirstOrDefault() is { } identifier)
        {
            var (pattern, maxLength) = Identifiers.Shape(identifier.Kind);
            var target = schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is OpenApiSchema ids ? ids : schema;
            target.Pattern ??= pattern;
            target.MaxLength ??= maxLength;
            if (target != schema && pattern is not null)
            {
                target.MinLength ??= ValidatorLimits.ShortestMatch(pattern);
            }
        }

        if (attributes.OfType<MaxItemsOfAttribute>().FirstOrDefault() is { } maxItems)
        {
            schema.MaxItems = maxItems.Count;
        }

        if (property?.ReflectedType is { } container && services.GetService(typeof(IValidator<>).MakeGenericType(container)) is IValidator validator)
        {
            ValidatorLimits.Apply(validator, JsonNamingPolicy.CamelCase.ConvertName(property.Name), schema);
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            schema.MaxLength ??= DateTimeMaxLength;
        }
        else if (type == typeof(DateOnly))
        {
            schema.MaxLength ??= DateMaxLength;
        }
    }
}
