using System.Text.Json.Nodes;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>The OpenAPI document the app serves, read as JSON, and the parts tests look up in it.</summary>
public static class ServedDocument
{
    public static async Task<JsonNode> ReadAsync(CatalogueApiFactory api) =>
        JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;

    /// <summary>Every operation, as "METHOD /path" and its object.</summary>
    public static IEnumerable<(string Route, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!)));

    public static JsonNode Schema(JsonNode document, string name) => document["components"]!["schemas"]![name]!;
}
