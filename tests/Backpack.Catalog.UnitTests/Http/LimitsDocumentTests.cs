using System.Globalization;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.UnitTests.Http;

/// <summary>api-docs/limits.md is the one place every limit is listed; it must say what the OpenAPI document and the code say.</summary>
public sealed class LimitsDocumentTests
{
    private static readonly string Limits = RepositoryFiles.ReadAllText("api-docs/limits.md");

    [Fact]
    public void Every_query_parameter_is_listed_with_its_documented_limit()
    {
        var rows = QueryValueRows();
        var document = JsonNode.Parse(RepositoryFiles.ReadAllText("api-docs/openapi.json"))!;

        var checkedParameters = 0;
        foreach (var (route, pathItem) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in pathItem!.AsObject())
            {
                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                {
                    if ((string?)parameter!["in"] != "query")
                    {
                        continue;
                    }

                    var name = (string)parameter["name"]!;
                    var where = $"{method.ToUpperInvariant()} {route} ?{name}";
                    var listed = rows.Where(r => r.Parameters.Contains($"`{name}`", StringComparison.Ordinal)).ToList();
                    listed.ShouldNotBeEmpty($"{where} is not in the query values table");
                    foreach (var expected in ExpectedLimitTexts(parameter["schema"]!))
                    {
                        listed.ShouldContain(r => r.Limit.Contains(expected, StringComparison.Ordinal), $"{where}: no row says \"{expected}\"");
                    }

                    checkedParameters++;
                }
            }
        }

        checkedParameters.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void Every_server_limit_setting_is_documented()
    {
        foreach (var property in typeof(ServerLimitsOptions).GetProperties())
        {
            Limits.ShouldContain($"`{ServerLimitsOptions.Section}:{property.Name}`", customMessage: property.Name);
        }
    }

    [Fact]
    public void The_documented_defaults_are_the_code_defaults()
    {
        var defaults = new ServerLimitsOptions();

        Limits.ShouldContain($"| time for a request to run | {defaults.RequestTimeout.TotalSeconds:0} s |");
        Limits.ShouldContain($"| time to send the request line and headers | {defaults.RequestHeadersTimeout.TotalSeconds:0} s |");
        Limits.ShouldContain($"| idle time of a kept-alive connection between requests | {defaults.KeepAliveTimeout.TotalSeconds:0} s |");
        Limits.ShouldContain($"| slowest request body | {defaults.MinRequestBodyBytesPerSecond:0} bytes/s, after a grace period of {defaults.DataRateGracePeriod.TotalSeconds:0} s |");
        Limits.ShouldContain($"| slowest reading of a response | {defaults.MinResponseBytesPerSecond:0} bytes/s,");
        defaults.MaxConcurrentConnections.ShouldBeNull("the table says there is no limit by default");
    }

    private static IEnumerable<string> ExpectedLimitTexts(JsonNode schema)
    {
        if (schema["maxLength"] is { } maxLength)
        {
            yield return $"at most {(int)maxLength} characters";
        }

        if (schema["minimum"] is { } minimum && schema["maximum"] is { } maximum)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{(double)minimum} to {(double)maximum}");
        }

        if (schema["enum"] is not null)
        {
            yield return "one of the listed values";
        }

        if ((string?)schema["type"] == "boolean")
        {
            yield return "`true` or `false`";
        }
    }

    private static List<(string Parameters, string Limit)> QueryValueRows()
    {
        var section = Limits[Limits.IndexOf("### Query values", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];
        return [.. section.Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1], cells[3]))];
    }
}
