using System.Text.Json;

namespace Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

/// <summary>
/// Whether a response is one the document allows for its operation: a declared status (exact, then <c>4XX</c>-style
/// range, then <c>default</c>), a declared media type (parameters such as charset aside), no body where none is
/// declared, and a JSON body that validates against the declared schema. Bodies of other media types (CSV) are
/// neither read nor validated.
/// </summary>
public static class ResponseConformance
{
    /// <summary>A documented path answers an undocumented method with a 405 problem, as every error is one.</summary>
    private static readonly JsonElement MethodNotAllowed = JsonDocument.Parse("""
        { "405": { "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ProblemResponse" } } } } }
        """).RootElement;

    public static async Task<IReadOnlyList<string>> CheckAsync(
        ApiDocument document, OperationMatch match, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var responses = match.Operation?.Responses ?? MethodNotAllowed;
        var status = (int)response.StatusCode;
        if (Declared(responses, status) is not { } declaredResponse)
        {
            return [$"status {status} is not declared (declared: {string.Join(", ", responses.EnumerateObject().Select(r => r.Name))})"];
        }

        var declared = document.Schemas.Resolve(declaredResponse);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var content = declared.TryGetProperty("content", out var c) ? c.EnumerateObject().ToList() : [];
        if (content.Count == 0)
        {
            var length = (await response.Content.ReadAsByteArrayAsync(cancellationToken)).Length;
            return mediaType is null && length == 0
                ? []
                : [$"status {status} declares no body, but the response has {length} bytes of {mediaType ?? "no Content-Type"}"];
        }

        var declaredTypes = string.Join(", ", content.Select(m => m.Name));
        if (mediaType is null)
        {
            return [$"the response has no Content-Type (declared: {declaredTypes})"];
        }

        if (content.FirstOrDefault(m => MediaTypeMatches(m.Name, mediaType)) is not { Value.ValueKind: JsonValueKind.Object } media)
        {
            return [$"Content-Type {mediaType} is not declared for status {status} (declared: {declaredTypes})"];
        }

        if (!IsJson(mediaType) || !media.Value.TryGetProperty("schema", out var schema))
        {
            return [];
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return [$"the {mediaType} body is not JSON: {e.Message}"];
        }

        using (parsed)
        {
            return document.Schemas.Validate(schema, parsed.RootElement).Select(e => e.ToString()).ToList();
        }
    }

    private static JsonElement? Declared(JsonElement responses, int status)
    {
        foreach (var key in new[] { status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{status / 100}XX", "default" })
        {
            foreach (var response in responses.EnumerateObject())
            {
                if (string.Equals(response.Name, key, StringComparison.OrdinalIgnoreCase))
                {
                    return response.Value;
                }
            }
        }

        return null;
    }

    private static bool MediaTypeMatches(string declared, string actual)
    {
        var range = declared.Split(';')[0].Trim();
        return range == "*/*"
            || string.Equals(range, actual, StringComparison.OrdinalIgnoreCase)
            || (range.EndsWith("/*", StringComparison.Ordinal) && actual.StartsWith(range[..^1], StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
}
