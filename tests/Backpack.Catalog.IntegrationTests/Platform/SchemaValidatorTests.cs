using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>The OpenAPI 3.0 schema validator the conformance check uses: each keyword it implements can fail.</summary>
public sealed class SchemaValidatorTests
{
    private const string Money = """{"$ref": "#/components/schemas/Money"}""";

    private static readonly SchemaValidator Validator = new(JsonDocument.Parse("""
        {
          "components": { "schemas": { "Money": {
            "type": "object", "required": ["amount", "currency"], "additionalProperties": false,
            "properties": { "amount": { "type": "number" }, "currency": { "type": "string", "pattern": "^[A-Z]{3}$" } }
          } } }
        }
        """).RootElement);

    [Theory]
    [InlineData("""{"type": "string"}""", "1", "$", "expected string, got the number 1")]
    [InlineData("""{"type": "integer"}""", "1.5", "$", "expected integer")]
    [InlineData("""{"type": "boolean"}""", "\"true\"", "$", "expected boolean")]
    [InlineData("""{"type": "object"}""", "[]", "$", "expected object, got an array")]
    [InlineData("""{"type": "string"}""", "null", "$", "not nullable")]
    [InlineData("""{"type": "string", "nullable": false}""", "null", "$", "not nullable")]
    [InlineData(Money, """{"amount": "9.80", "currency": "USD"}""", "$.amount", "expected number")]
    [InlineData(Money, """{"amount": 9.80}""", "$", "'currency' is missing")]
    [InlineData(Money, """{"amount": 9.80, "currency": "USD", "cents": 980}""", "$.cents", "additionalProperties is false")]
    [InlineData("""{"type": "object", "additionalProperties": {"type": "integer"}}""", """{"a": 1, "b-c": "x"}""", "$['b-c']", "expected integer")]
    [InlineData("""{"type": "array", "items": {"type": "string"}}""", """["a", 2]""", "$[1]", "expected string")]
    [InlineData("""{"type": "array", "items": """ + Money + "}", """[{"amount": 1, "currency": "usd"}]""", "$[0].currency", "does not match the pattern")]
    [InlineData("""{"type": "string", "enum": ["draft", "published"]}""", "\"archived\"", "$", "is not one of")]
    [InlineData("""{"allOf": [""" + Money + """], "nullable": true}""", """{"amount": 1}""", "$", "'currency' is missing")]
    [InlineData("""{"oneOf": [{"type": "string"}, {"type": "integer"}]}""", "true", "$", "matches none of the oneOf")]
    [InlineData("""{"oneOf": [{"type": "number"}, {"type": "integer"}]}""", "1", "$", "matches 2 of the oneOf")]
    [InlineData("""{"anyOf": [{"type": "string"}, {"type": "integer"}]}""", "1.5", "$", "matches none of the anyOf")]
    [InlineData("""{"type": "string", "format": "date-time"}""", "\"2025-03-01 10:00:00\"", "$", "not a valid date-time")]
    [InlineData("""{"type": "string", "format": "date-time"}""", "\"2025-13-01T10:00:00Z\"", "$", "not a valid date-time")]
    [InlineData("""{"type": "string", "format": "date"}""", "\"2025-02-30\"", "$", "not a valid date")]
    [InlineData("""{"type": "string", "format": "uuid"}""", "\"3f2b-not-a-uuid\"", "$", "not a valid uuid")]
    [InlineData("""{"type": "string", "format": "uri"}""", "\"/v1/products/classic-metro-9\"", "$", "not a valid uri")]
    [InlineData("""{"type": "integer", "format": "int32"}""", "2147483648", "$", "not an int32")]
    [InlineData("""{"type": "integer", "format": "int64"}""", "9223372036854775808", "$", "not an int64")]
    [InlineData("""{"type": "string", "maxLength": 3}""", "\"EURO\"", "$", "longer than maxLength 3")]
    [InlineData("""{"type": "string", "minLength": 1}""", "\"\"", "$", "shorter than minLength 1")]
    [InlineData("""{"type": "integer", "minimum": 1}""", "0", "$", "below the minimum 1")]
    [InlineData("""{"type": "integer", "minimum": 1, "exclusiveMinimum": true}""", "1", "$", "below the exclusive minimum 1")]
    [InlineData("""{"type": "number", "maximum": 100}""", "100.01", "$", "above the maximum 100")]
    [InlineData("""{"type": "array", "maxItems": 1}""", "[1, 2]", "$", "more than maxItems 1")]
    [InlineData("""{"type": "array", "minItems": 1}""", "[]", "$", "fewer than minItems 1")]
    [InlineData("""{"type": "string", "pattern": "^[a-z0-9-]+$"}""", "\"Classic Metro\"", "$", "does not match the pattern")]
    [InlineData("""{"type": "string", "const": "x"}""", "\"x\"", "$", "the schema uses 'const', which this validator does not implement")]
    public void A_value_breaking_its_schema_is_reported_at_its_path(string schema, string instance, string path, string message)
    {
        var errors = Validate(schema, instance);

        errors.ShouldContain(e => e.Path == path && e.Message.Contains(message, StringComparison.Ordinal),
            $"expected '{path}: …{message}…', got [{string.Join("; ", errors)}]");
    }

    [Theory]
    [InlineData("""{"type": "string", "nullable": true}""", "null")]
    [InlineData("""{"allOf": [""" + Money + """], "nullable": true}""", "null")]
    [InlineData(Money, """{"amount": 9.80, "currency": "USD"}""")]
    [InlineData("""{"type": "integer", "format": "int32"}""", "2147483647")]
    [InlineData("""{"type": "number"}""", "7")]
    [InlineData("""{"type": "object", "additionalProperties": {}}""", """{"traceId": "00-abc"}""")]
    [InlineData("""{"type": "object"}""", """{"anything": [1, "two"]}""")]
    [InlineData("""{"type": "string", "format": "date-time"}""", "\"2025-03-01T10:00:00.123+03:00\"")]
    [InlineData("""{"type": "string", "format": "date"}""", "\"2024-02-29\"")]
    [InlineData("""{"type": "string", "format": "uuid"}""", "\"3f2b8c1e-5d4a-4b6f-9e7d-0a1b2c3d4e5f\"")]
    [InlineData("""{"type": "string", "format": "uri"}""", "\"https://backpack-catalog.dev/problems/validation\"")]
    [InlineData("""{"type": "string", "format": "decimal"}""", "\"an unknown format is an annotation\"")]
    [InlineData("""{"type": "string", "maxLength": 1}""", "\"🎒\"")]
    [InlineData("""{"oneOf": [{"type": "string"}, {"type": "integer"}]}""", "3")]
    [InlineData("""{"type": "string", "enum": ["draft", "published"], "description": "status", "example": "draft"}""", "\"draft\"")]
    public void A_value_meeting_its_schema_has_no_errors(string schema, string instance) =>
        Validate(schema, instance).ShouldBeEmpty();

    private static IReadOnlyList<SchemaError> Validate(string schema, string instance) =>
        Validator.Validate(JsonDocument.Parse(schema).RootElement, JsonDocument.Parse(instance).RootElement);
}
