using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// The committed api-docs/openapi.json passes Spectral (OpenAPI + OWASP rules, api-docs/.spectral.yaml) and Redocly
/// (recommended, api-docs/redocly.yaml): no error, and no warning of a rule the ruleset file does not list as
/// justified. Both run from the test project's NodeTools folder.
/// </summary>
public sealed partial class OpenApiLintTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    private static string ApiDocs => Path.Combine(BuildPaths.RepositoryRoot, "api-docs");

    [Fact]
    public async Task Spectral_reports_no_error_and_only_justified_warnings()
    {
        var output = await RunAsync("spectral", ["lint", "openapi.json", "--ruleset", ".spectral.yaml", "--format", "json", "--quiet"]);
        var findings = JsonNode.Parse(output)!.AsArray().Select(f => new Finding(
            f!["severity"]!.GetValue<int>() switch { 0 => "error", 1 => "warn", 2 => "info", _ => "hint" },
            f["code"]!.ToString(),
            string.Join('/', f["path"]!.AsArray().Select(p => p!.ToString())),
            f["message"]!.GetValue<string>())).ToList();

        ShouldHaveNoErrorAndOnlyJustifiedWarnings(findings, ".spectral.yaml");
    }

    [Fact]
    public async Task Redocly_reports_no_error_and_only_justified_warnings()
    {
        var output = await RunAsync("redocly", ["lint", "openapi.json", "--config", "redocly.yaml", "--format=json"]);
        var findings = JsonNode.Parse(output)!["problems"]!.AsArray().Select(p => new Finding(
            p!["severity"]!.GetValue<string>(),
            p["ruleId"]!.GetValue<string>(),
            string.Join(' ', p["location"]?.AsArray().Select(l => l?["pointer"]?.ToString()) ?? []),
            p["message"]!.GetValue<string>())).ToList();

        ShouldHaveNoErrorAndOnlyJustifiedWarnings(findings, "redocly.yaml");
    }

    [Fact]
    public void The_justified_warnings_are_read_from_the_ruleset_files()
    {
        Justified(".spectral.yaml").ShouldContain("owasp:api4:2023-string-restricted");
        Justified("redocly.yaml").ShouldBeEmpty();
    }

    private static void ShouldHaveNoErrorAndOnlyJustifiedWarnings(List<Finding> findings, string ruleset)
    {
        var justified = Justified(ruleset);
        var failing = findings.Where(f => f.Severity == "error" || (f.Severity == "warn" && !justified.Contains(f.Rule))).ToList();
        failing.Count.ShouldBe(0, Report(failing, findings, ruleset));
    }

    private static string Report(List<Finding> failing, List<Finding> all, string ruleset)
    {
        var text = new StringBuilder($"{failing.Count} finding(s) fail the build (errors, or warnings not justified in api-docs/{ruleset}). By rule: ");
        text.AppendJoin(", ", failing.GroupBy(f => $"{f.Severity} {f.Rule}").Select(g => $"{g.Key} × {g.Count()}")).AppendLine();
        foreach (var finding in failing.Take(100))
        {
            text.AppendLine($"  {finding.Severity} {finding.Rule} at {finding.Path}: {finding.Message}");
        }

        text.AppendLine($"All findings, by rule: {string.Join(", ", all.GroupBy(f => $"{f.Severity} {f.Rule}").Select(g => $"{g.Key} × {g.Count()}"))}.");
        return text.ToString();
    }

    /// <summary>The rules a ruleset file lists as "# justified: rule — why".</summary>
    private static HashSet<string> Justified(string ruleset) =>
        JustifiedLine().Matches(File.ReadAllText(Path.Combine(ApiDocs, ruleset))).Select(m => m.Groups["rule"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs a linter in api-docs (so that the rulesets' "openapi.json#/…" overrides match) and returns its standard output.</summary>
    private static async Task<string> RunAsync(string tool, string[] arguments)
    {
        var result = await NodeTools.RunInAsync(ApiDocs, RunTimeout, [NodeTools.Command(tool), .. arguments]);
        result.Output.TrimStart().ShouldStartWith(tool == "spectral" ? "[" : "{", customMessage: $"{tool} wrote no JSON report.\n{result}");
        return result.Output;
    }

    [GeneratedRegex(@"^#\s*justified:\s*(?<rule>\S+)\s+—", RegexOptions.Multiline)]
    private static partial Regex JustifiedLine();

    private sealed record Finding(string Severity, string Rule, string Path, string Message);
}
