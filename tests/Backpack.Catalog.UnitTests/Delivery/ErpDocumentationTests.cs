using System.Globalization;
using Backpack.Catalog.Api.Integrations.Erp;

namespace Backpack.Catalog.UnitTests.Delivery;

/// <summary>The ERP guide quotes the retry budget and defaults; these fail when the code and the guide part ways.</summary>
public sealed class ErpDocumentationTests
{
    private static readonly string Guide = RepositoryFiles.ReadAllText("api-docs/erp-integration.md");

    [Fact]
    public void The_documented_retry_budget_is_what_the_defaults_give()
    {
        var options = new ErpOptions();
        var nominalWait = Enumerable.Range(1, options.MaxAttempts - 1)
            .Sum(n => Math.Min(options.BackoffFirst.TotalSeconds * Math.Pow(2, n - 1), options.BackoffMax.TotalSeconds));

        nominalWait.ShouldBe(10_022);
        Guide.ShouldContain($"{nominalWait.ToString("N0", CultureInfo.InvariantCulture)} s of waiting");
        Guide.ShouldContain($"With the default {options.MaxAttempts} attempts");
        Guide.ShouldContain("about **2 h 47 min**");
    }

    [Fact]
    public void The_documented_defaults_are_the_options_defaults()
    {
        var options = new ErpOptions();
        Guide.ShouldContain($"| `Erp:BatchSize` | `{options.BatchSize}` |");
        Guide.ShouldContain($"| `Erp:Parallelism` | `{options.Parallelism}` |");
        Guide.ShouldContain($"| `Erp:MaxAttempts` | `{options.MaxAttempts}` |");
        Guide.ShouldContain($"| `Erp:LeaseDuration` | `{options.LeaseDuration:hh\\:mm\\:ss}` |");
        Guide.ShouldContain($"| `Erp:PollInterval` | `{options.PollInterval:hh\\:mm\\:ss}` |");
        Guide.ShouldContain($"`{options.BackoffFirst:hh\\:mm\\:ss}`, `{options.BackoffMax:hh\\:mm\\:ss}`");
        var r = options.Resilience;
        Guide.ShouldContain($"`{r.TotalTimeout.TotalSeconds:0} s`, `{r.AttemptTimeout.TotalSeconds:0} s`, `{r.MaxRetries}`, `{r.RetryBaseDelay.TotalMilliseconds:0} ms`, `{r.MaxRetryAfter.TotalSeconds:0} s`");
        Guide.ShouldContain($"`{r.BreakerFailureRatio.ToString(CultureInfo.InvariantCulture)}`, `{r.BreakerMinimumThroughput}`, `{r.BreakerSamplingDuration.TotalSeconds:0} s`, `{r.BreakerBreakDuration.TotalSeconds:0} s`");
        options.LeaseDuration.ShouldBeGreaterThan(options.WorstBatchDuration, "the defaults pass the start-up check");
    }
}
