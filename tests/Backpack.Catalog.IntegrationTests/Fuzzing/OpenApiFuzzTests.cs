using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// Reads the committed OpenAPI document and sends at least 5,000 invalid and edge-case requests spread over every
/// operation it declares (see <see cref="FuzzCaseGenerator"/>); fails on any 5xx, any error that is not a problem, any
/// leak, any answer the document does not allow, and any row written by a refused request (<see cref="FuzzOracle"/>).
/// The summary and every finding, each with the request that replays it, go to the test output and to fuzz-report.txt
/// beside the test assembly.
/// </summary>
public sealed class OpenApiFuzzTests(FuzzApiFactory api) : IClassFixture<FuzzApiFactory>
{
    private const int FindingsInFailureMessage = 25;

    public static string ReportPath => Path.Combine(AppContext.BaseDirectory, "fuzz-report.txt");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invalid_and_edge_case_requests_to_every_operation_get_documented_problems_and_write_nothing()
    {
        var settings = FuzzSettings.FromEnvironment();
        var document = ApiDocument.Parse(await File.ReadAllTextAsync(BuildPaths.ApiDocs("openapi.json"), Cancellation));
        var client = api.CreateClient();
        var targets = await FuzzSetup.PrepareAsync(api);
        targets = targets with { Cursors = await FuzzSetup.CursorsAsync(client, FuzzPlan.Generators(document, targets, settings)) };
        var plan = FuzzPlan.Build(FuzzPlan.Generators(document, targets, settings), settings);
        await using var fingerprint = await DatabaseFingerprint.OpenAsync(api.Database, Cancellation);

        var report = await new FuzzRunner(client, fingerprint, settings).RunAsync(plan, Cancellation);

        await File.WriteAllTextAsync(ReportPath, report.Full(), Cancellation);
        TestContext.Current.TestOutputHelper?.WriteLine(report.FirstOfEachKind(FindingsInFailureMessage));
        report.Throttled.ShouldBeEmpty("the fuzz host's rate limits must be out of reach: a 429 hides the answer the request would have had");
        report.Sent.ShouldBeGreaterThanOrEqualTo(settings.MinimumRequests,
            $"only {report.Sent} requests were sent before the {settings.TimeLimit.TotalSeconds} s limit");
        foreach (var operation in FuzzOperation.ReadAll(document))
        {
            report.SentFor(operation.Name).ShouldBeGreaterThanOrEqualTo(settings.MinimumPerOperation, operation.Name);
        }

        report.Findings.ShouldBeEmpty(report.FirstOfEachKind(FindingsInFailureMessage));
    }
}
