using Backpack.Catalog.Api.Integrations.Webhooks;

namespace Backpack.Catalog.UnitTests.Webhooks;

/// <summary>The webhooks guide quotes the retry schedule; this fails when the defaults and the guide part ways.</summary>
public sealed class WebhookDocumentationTests
{
    [Fact]
    public void The_documented_schedule_is_what_the_defaults_give()
    {
        var guide = RepositoryFiles.ReadAllText("api-docs/webhooks.md");
        var options = new WebhooksOptions();
        var lastAttemptAfter = TimeSpan.FromSeconds(Enumerable.Range(1, options.MaxAttempts - 1)
            .Sum(n => Math.Min(options.BackoffFirst.TotalSeconds * Math.Pow(2, n - 1), options.BackoffMax.TotalSeconds)));

        lastAttemptAfter.ShouldBe(new TimeSpan(3, 25, 10));
        guide.ShouldContain($"With the default {options.MaxAttempts} attempts");
        guide.ShouldContain($"| attempt | {string.Join(" | ", Enumerable.Range(1, options.MaxAttempts))} |");
        guide.ShouldContain("| 2 h 25 min | 3 h 25 min |");
        guide.ShouldContain($"fresh round of {options.MaxAttempts} attempts");
        guide.ShouldContain($"starts at {options.BackoffFirst.TotalSeconds:0} seconds and doubles each time (±20 % jitter, capped at {options.BackoffMax.TotalHours:0} hour)");
    }
}
