using System.Net;
using System.Text;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// The conformance handler against a small document and a stub server answering what each test says: responses
/// the document does not allow fail the request that got them, and only those.
/// </summary>
public sealed class ResponseConformanceTests
{
    private const string Document = """
        {
          "openapi": "3.0.4",
          "paths": {
            "/v1/things": { "get": { "operationId": "ListThings", "responses": {
              "200": { "content": {
                "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Thing" } } },
                "text/csv": { "schema": { "type": "string" } } } },
              "304": { "description": "Not Modified" },
              "4XX": { "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ProblemResponse" } } } } } } },
            "/v1/things/{id}": { "get": { "operationId": "GetThing", "responses": {
              "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
              "default": { "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ProblemResponse" } } } } } },
              "put": { "operationId": "ReplaceThing", "responses": { "204": { "description": "No Content" } } } },
            "/v1/things/special": {
              "get": { "operationId": "GetSpecialThing", "responses": { "204": { "description": "No Content" } } },
              "post": { "operationId": "MakeSpecial", "responses": { "204": { "description": "No Content" } } } }
          },
          "components": { "schemas": {
            "Thing": { "type": "object", "required": ["id", "createdAt"], "additionalProperties": false,
              "properties": { "id": { "type": "string" }, "createdAt": { "type": "string", "format": "date-time" } } },
            "ProblemResponse": { "type": "object", "properties": { "status": { "type": "integer" } }, "additionalProperties": {} }
          } }
        }
        """;

    private const string Thing = """{"id": "t-1", "createdAt": "2025-03-01T00:00:00Z"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET", "/v1/things", "ListThings")]
    [InlineData("GET", "/v1/things/", "ListThings")]
    [InlineData("GET", "/V1/Things?limit=5&cursor=abc", "ListThings")]
    [InlineData("GET", "/v1/things/t-1", "GetThing")]
    [InlineData("GET", "/v1/things/a%2Fb", "GetThing")]
    [InlineData("POST", "/v1/things/special", "MakeSpecial")]
    [InlineData("GET", "/v1/things/special", "GetSpecialThing")]
    [InlineData("PUT", "/v1/things/special", "ReplaceThing")]
    public void A_request_matches_the_most_literal_template_that_documents_its_method(string method, string path, string operation) =>
        ApiDocument.Parse(Document).Match(method, path).Operation.ShouldNotBeNull().Name.ShouldBe(operation);

    [Theory]
    [InlineData("DELETE", "/v1/things/t-1", "/v1/things/{id}")]
    [InlineData("DELETE", "/v1/things/special", "/v1/things/special")]
    [InlineData("GET", "/v1/nothing", null)]
    [InlineData("GET", "/v1/things/t-1/parts", null)]
    [InlineData("GET", "/swagger/index.html", null)]
    public void A_request_without_a_documented_operation_names_the_path_it_matched_if_any(string method, string path, string? template)
    {
        var match = ApiDocument.Parse(Document).Match(method, path);

        match.Operation.ShouldBeNull();
        match.PathTemplate.ShouldBe(template);
    }

    [Fact]
    public async Task A_conforming_response_passes_and_is_counted()
    {
        var run = new ConformanceRun();

        var verdict = await SendAsync("GET", "/v1/things?limit=1", Answer(HttpStatusCode.OK, $"[{Thing}]"), run);

        verdict.Checked.ShouldBeTrue();
        verdict.OperationName.ShouldBe("ListThings");
        verdict.Violations.ShouldBeEmpty();
        run.Checked[("ListThings", 200)].ShouldBe(1);
    }

    [Fact]
    public async Task A_body_breaking_the_schema_fails_the_request_naming_method_path_status_and_errors()
    {
        var failure = await Should.ThrowAsync<OpenApiConformanceException>(() =>
            SendAsync("GET", "/v1/things/t-1", Answer(HttpStatusCode.OK, """{"id": "t-1", "createdAt": "yesterday", "colour": "red"}""")));

        failure.Message.ShouldStartWith("GET /v1/things/t-1 answered 200 application/json, which the OpenAPI document does not allow for GetThing:");
        failure.Message.ShouldContain("$.createdAt: \"yesterday\" is not a valid date-time");
        failure.Message.ShouldContain("$.colour: is not a declared property");
        failure.Message.ShouldContain("Body: {\"id\": \"t-1\"");
    }

    [Fact]
    public async Task An_undeclared_status_fails()
    {
        var failure = await Should.ThrowAsync<OpenApiConformanceException>(() =>
            SendAsync("GET", "/v1/things", Answer(HttpStatusCode.InternalServerError, """{"status": 500}""", "application/problem+json")));

        failure.Message.ShouldContain("status 500 is not declared (declared: 200, 304, 4XX)");
    }

    [Fact]
    public async Task A_request_marked_report_only_gets_the_violating_response_back_with_its_violations()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/things");
        request.Options.Set(OpenApiConformanceHandler.ReportOnly, true);

        var verdict = await SendAsync(request, Answer(HttpStatusCode.InternalServerError, "oops", "text/plain"));

        verdict.Status.ShouldBe(500);
        verdict.Violations.ShouldBe(["status 500 is not declared (declared: 200, 304, 4XX)"]);
    }

    [Theory]
    [InlineData("/v1/things", HttpStatusCode.NotFound)]
    [InlineData("/v1/things", HttpStatusCode.TooManyRequests)]
    [InlineData("/v1/things/t-1", HttpStatusCode.ServiceUnavailable)]
    public async Task A_status_in_a_declared_range_or_default_passes(string path, HttpStatusCode status) =>
        (await SendAsync("GET", path, Answer(status, $$"""{"status": {{(int)status}}}""", "application/problem+json"))).Violations.ShouldBeEmpty();

    [Theory]
    [InlineData("text/plain", "Content-Type text/plain is not declared for status 200 (declared: application/json, text/csv)")]
    [InlineData("application/problem+json", "Content-Type application/problem+json is not declared for status 200")]
    public async Task An_undeclared_media_type_fails(string mediaType, string message) =>
        (await Should.ThrowAsync<OpenApiConformanceException>(() => SendAsync("GET", "/v1/things", Answer(HttpStatusCode.OK, "[]", mediaType))))
            .Message.ShouldContain(message);

    [Fact]
    public async Task A_declared_body_without_a_content_type_fails() =>
        (await Should.ThrowAsync<OpenApiConformanceException>(() => SendAsync("GET", "/v1/things", new HttpResponseMessage(HttpStatusCode.OK))))
            .Message.ShouldContain("the response has no Content-Type (declared: application/json, text/csv)");

    [Fact]
    public async Task A_json_body_that_does_not_parse_fails() =>
        (await Should.ThrowAsync<OpenApiConformanceException>(() => SendAsync("GET", "/v1/things", Answer(HttpStatusCode.OK, "[{\"id\":"))))
            .Message.ShouldContain("the application/json body is not JSON");

    [Fact]
    public async Task A_body_where_none_is_declared_fails_and_no_body_passes()
    {
        (await Should.ThrowAsync<OpenApiConformanceException>(() => SendAsync("GET", "/v1/things", Answer(HttpStatusCode.NotModified, "[]"))))
            .Message.ShouldContain("status 304 declares no body, but the response has 2 bytes of application/json");
        (await SendAsync("GET", "/v1/things", new HttpResponseMessage(HttpStatusCode.NotModified))).Violations.ShouldBeEmpty();
        (await SendAsync("POST", "/v1/things/special", new HttpResponseMessage(HttpStatusCode.NoContent))).Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_body_of_a_declared_non_json_media_type_is_not_validated() =>
        (await SendAsync("GET", "/v1/things", Answer(HttpStatusCode.OK, "id,createdAt\r\nt-1,yesterday\r\n", "text/csv"))).Violations.ShouldBeEmpty();

    [Fact]
    public async Task A_path_outside_the_document_is_not_checked()
    {
        var verdict = await SendAsync("GET", "/swagger/index.html", Answer(HttpStatusCode.InternalServerError, "<html>", "text/html"));

        verdict.Checked.ShouldBeFalse();
        verdict.OperationName.ShouldBeNull();
    }

    [Fact]
    public async Task A_cors_preflight_is_not_checked_but_a_plain_options_request_is()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v1/things/t-1");
        preflight.Headers.Add("Origin", "https://shop.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        (await SendAsync(preflight, new HttpResponseMessage(HttpStatusCode.NoContent))).Checked.ShouldBeFalse();
        await Should.ThrowAsync<OpenApiConformanceException>(() => SendAsync("OPTIONS", "/v1/things/t-1", new HttpResponseMessage(HttpStatusCode.NoContent)));
    }

    [Fact]
    public async Task An_undocumented_method_on_a_documented_path_must_be_a_405_problem()
    {
        var verdict = await SendAsync("DELETE", "/v1/things/t-1", Answer(HttpStatusCode.MethodNotAllowed, """{"status": 405}""", "application/problem+json"));
        verdict.Checked.ShouldBeTrue();
        verdict.OperationName.ShouldBe("DELETE /v1/things/{id} (undocumented method)");

        (await Should.ThrowAsync<OpenApiConformanceException>(() => SendAsync("DELETE", "/v1/things/t-1", new HttpResponseMessage(HttpStatusCode.NoContent))))
            .Message.ShouldContain("status 204 is not declared (declared: 405)");
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    private static async Task<ConformanceVerdict> SendAsync(string method, string url, HttpResponseMessage answer, ConformanceRun? run = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        return await SendAsync(request, answer, run);
    }

    private static async Task<ConformanceVerdict> SendAsync(HttpRequestMessage request, HttpResponseMessage answer, ConformanceRun? run = null)
    {
        using var client = new HttpClient(new OpenApiConformanceHandler(run ?? new ConformanceRun()) { InnerHandler = new StubServer(answer) })
        {
            BaseAddress = new Uri("http://localhost"),
        };
        using var response = await client.SendAsync(request, Ct);
        request.Options.TryGetValue(OpenApiConformanceHandler.Verdict, out var verdict).ShouldBeTrue();
        return verdict!;
    }

    /// <summary>Serves the document at its usual path and <paramref name="answer"/> to anything else.</summary>
    private sealed class StubServer(HttpResponseMessage answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(request.RequestUri!.AbsolutePath == SwaggerSetup.DocumentPath
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Document) }
                : answer);
    }
}
