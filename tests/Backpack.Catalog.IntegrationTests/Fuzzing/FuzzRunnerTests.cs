using System.Net;
using System.Text;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>The runner against a stub server: what it sends, what it finds, and that its time limit stops it.</summary>
public sealed class FuzzRunnerTests
{
    private const string Problem = """{"type":"https://example.com/problems/bad","title":"Bad.","status":400}""";

    private static readonly FuzzOperation Operation = new("DoThing", "POST", "/things/{id}", [], [], []);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FuzzRequest Post(string path) => new(Operation.Name, $"path: {path}", "POST", path, [new("X-Api-Key", "k")], "{}"u8.ToArray(), "application/json");

    [Fact]
    public async Task A_refused_request_that_writes_and_a_plain_text_500_are_findings_and_a_clean_refusal_is_not()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE TABLE things (id TEXT PRIMARY KEY)");
        await using var fingerprint = await DatabaseFingerprint.OpenAsync(database, Ct);
        using var client = new HttpClient(new StubServer(database)) { BaseAddress = new Uri("http://localhost") };
        var settings = FuzzSettings.FromEnvironment() with { TimeLimit = TimeSpan.FromMinutes(1) };

        var report = await new FuzzRunner(client, fingerprint, settings).RunAsync(
            [new OperationPlan(Operation, [Post("/things/clean"), Post("/things/writes"), Post("/things/crashes"), Post("/things/throttled")])], Ct);

        report.Sent.ShouldBe(3);
        report.Throttled.Select(r => r.PathAndQuery).ShouldBe(["/things/throttled"]);
        report.Findings.Select(f => (f.Index, f.Status, f.Problems[0])).ShouldBe([
            (2, 400, "refused with 400, but wrote to the database: things: 0 → 1 rows"),
            (3, 500, "server error 500"),
        ]);
        report.Findings[1].Problems.ShouldContain("a 500 that is not application/problem+json but text/plain");
        report.Findings[0].Describe().ShouldContain("    POST /things/writes\n    X-Api-Key: k\n    Content-Type: application/json\n    \n    {}\n");
    }

    [Fact]
    public async Task The_time_limit_stops_the_run_and_says_so()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE TABLE things (id TEXT PRIMARY KEY)");
        await using var fingerprint = await DatabaseFingerprint.OpenAsync(database, Ct);
        using var client = new HttpClient(new StubServer(database)) { BaseAddress = new Uri("http://localhost") };
        var settings = FuzzSettings.FromEnvironment() with { TimeLimit = TimeSpan.Zero };

        var report = await new FuzzRunner(client, fingerprint, settings).RunAsync([new OperationPlan(Operation, [Post("/things/clean")])], Ct);

        report.TimedOut.ShouldBeTrue();
        report.Sent.ShouldBe(0);
        report.Summary().ShouldContain("(time limit reached)");
    }

    /// <summary>Refuses everything with a problem; "writes" first inserts a row, "crashes" answers a plain-text 500.</summary>
    private sealed class StubServer(TestDatabase database) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            switch (request.RequestUri!.AbsolutePath)
            {
                case "/things/writes":
                    await database.ExecuteAsync("INSERT INTO things VALUES ('written')");
                    break;
                case "/things/crashes":
                    return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("boom", Encoding.UTF8, "text/plain") };
                case "/things/throttled":
                    return new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent(Problem, Encoding.UTF8, "application/problem+json") };
            }

            return new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent(Problem, Encoding.UTF8, "application/problem+json") };
        }
    }
}
