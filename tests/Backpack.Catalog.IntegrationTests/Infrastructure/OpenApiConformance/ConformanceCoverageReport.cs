using System.Text;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

[assembly: AssemblyFixture(typeof(ConformanceCoverageReport))]

namespace Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

/// <summary>
/// At the end of the run, writes which documented operations had responses checked, by status, and which had none,
/// to openapi-conformance-coverage.txt beside the test assembly (and as a diagnostic message).
/// </summary>
public sealed class ConformanceCoverageReport : IAsyncDisposable
{
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "openapi-conformance-coverage.txt");

    public async ValueTask DisposeAsync()
    {
        var run = ConformanceRun.Shared;
        if (run.Document is not { } document)
        {
            return;
        }

        var byOperation = run.Checked.GroupBy(c => c.Key.Operation).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var never = document.Operations.Select(o => o.Name).Where(name => byOperation.All(g => g.Key != name)).ToList();
        var text = new StringBuilder()
            .Append($"{run.Checked.Values.Sum()} responses checked against the OpenAPI document; ")
            .Append($"{document.Operations.Count() - never.Count} of {document.Operations.Count()} operations exercised.\n");
        foreach (var operation in byOperation)
        {
            text.Append($"{operation.Key}: {string.Join(", ", operation.OrderBy(c => c.Key.Status).Select(c => $"{c.Key.Status} x{c.Value}"))}\n");
        }

        text.Append($"Never exercised: {(never.Count == 0 ? "none" : string.Join(", ", never))}\n");
        await File.WriteAllTextAsync(FilePath, text.ToString());
        TestContext.Current.SendDiagnosticMessage(text.ToString());
    }
}
