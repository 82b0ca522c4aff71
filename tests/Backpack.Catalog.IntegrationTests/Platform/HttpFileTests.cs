using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// api-docs/backpack-catalog.http is documentation that runs: every request in it answers the status its <c># @expect</c>
/// states, top to bottom on a fresh demo database, and every operation the app serves has a request in it.
/// </summary>
public sealed class HttpFileTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static readonly string[] HealthPaths = ["/health/live", "/health/ready"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string FilePath => BuildPaths.ApiDocs("backpack-catalog.http");

    private static async Task<HttpFile> ReadFileAsync() => HttpFile.Parse(await File.ReadAllTextAsync(FilePath, Cancellation));

    [Fact]
    public async Task Every_request_answers_the_status_it_expects_top_to_bottom_on_a_fresh_demo_database()
    {
        var file = await ReadFileAsync();
        file.Variables.Keys.ShouldContain("baseUrl");
        file.Variables.Keys.ShouldContain("adminKey");
        var client = api.CreateClient();
        var variables = new Dictionary<string, string>(file.Variables)
        {
            ["baseUrl"] = client.BaseAddress!.ToString().TrimEnd('/'),
            ["adminKey"] = await api.CreateAdminKeyAsync("backpack-catalog.http"),
        };
        var runner = new HttpFileRunner(client, variables);

        foreach (var request in file.Requests)
        {
            var (url, exchange) = await runner.SendAsync(request, Cancellation);
            exchange.Status.ShouldBe(request.ExpectedStatus,
                $"{request.Name} (backpack-catalog.http line {request.Line}): {request.Method} {url} answered {exchange.Status}:\n{exchange.ResponseBody}");
        }
    }

    [Fact]
    public async Task Every_operation_the_app_serves_has_a_request_in_the_file_and_every_request_an_operation()
    {
        var document = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Cancellation))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op =>
                (Method: op.Key.ToUpperInvariant(), Template: path.Key, OperationId: op.Value!["operationId"]!.GetValue<string>())))
            .ToList();
        var file = await ReadFileAsync();

        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in file.Requests)
        {
            var path = PathOf(request.Url, file.Variables);
            var operation = operations
                .Where(o => o.Method == request.Method && Matches(o.Template, path))
                .OrderByDescending(o => o.Template.Split('/').Count(s => !s.StartsWith('{')))
                .Select(o => o.OperationId)
                .FirstOrDefault();
            if (operation is not null)
            {
                covered.Add(operation);
            }
            else
            {
                HealthPaths.ShouldContain(path, $"{request.Name} ({request.Method} {path}) matches no operation of the served OpenAPI document.");
            }
        }

        operations.Select(o => o.OperationId).Where(id => !covered.Contains(id)).ShouldBeEmpty(
            "These operations have no example request in api-docs/backpack-catalog.http; add one with # @name and # @expect.");
    }

    public static TheoryData<string> FilesItMustReject() => new()
    {
        "###\n# @name a\nGET http://x/v1/categories",
        "###\n# @expect 200\nGET http://x/v1/categories",
        "###\n# @name a\n# @expect 200\n# @note hello\nGET http://x/v1/categories",
        "###\n# @name a\n# @expect OK\nGET http://x/v1/categories",
        "###\n# @name a\n# @expect 200\nFETCH http://x/v1/categories",
        "###\n# @name a\n# @expect 200\nGET http://x/v1/categories\n?limit=2",
        "###\n# @name a\n# @expect 200\n",
        "###\n# @name a\n# @expect 200\nGET http://x/v1/categories\n###\n# @name a\n# @expect 200\nGET http://x/v1/products",
        "@a = 1\n@a = 2\n",
    };

    [Theory]
    [MemberData(nameof(FilesItMustReject))]
    public void The_parser_rejects_what_it_does_not_understand(string text) => Should.Throw<FormatException>(() => HttpFile.Parse(text));

    [Theory]
    [InlineData("{{$timestamp}}")]
    [InlineData("{{unknownVariable}}")]
    [InlineData("{{notSentYet.response.body.$.id}}")]
    [InlineData("{{first.response.body.$..id}}")]
    [InlineData("{{first.request.body.$.id}}")]
    public async Task The_runner_rejects_variables_it_cannot_resolve(string variable)
    {
        var file = HttpFile.Parse($"###\n# @name first\n# @expect 200\nGET http://localhost/health/live\n###\n# @name second\n# @expect 200\nGET http://localhost/health/live\nX-Trace: {variable}");
        var runner = new HttpFileRunner(api.CreateClient(), file.Variables);
        await runner.SendAsync(file.Requests[0], Cancellation);

        await Should.ThrowAsync<FormatException>(() => runner.SendAsync(file.Requests[1], Cancellation));
    }

    /// <summary>The URL's path with file variables filled in; request variables stay as <c>{var}</c>, which only a template parameter matches.</summary>
    private static string PathOf(string url, IReadOnlyDictionary<string, string> variables)
    {
        foreach (var (name, value) in variables)
        {
            url = url.Replace($"{{{{{name}}}}}", value, StringComparison.Ordinal);
        }

        url = System.Text.RegularExpressions.Regex.Replace(url, @"\{\{[^{}]+\}\}", "{var}");
        var path = url[(url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3))..];
        return path.Split('?')[0];
    }

    private static bool Matches(string template, string path)
    {
        var templateSegments = template.Split('/');
        var pathSegments = path.Split('/');
        return templateSegments.Length == pathSegments.Length
            && templateSegments.Zip(pathSegments).All(s => s.First.StartsWith('{') || s.First == s.Second);
    }
}
