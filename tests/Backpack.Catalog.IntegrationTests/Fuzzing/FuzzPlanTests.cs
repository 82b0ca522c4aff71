using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>The plan the fuzzer builds from the committed document: every operation, every kind of mutation, the same for a seed.</summary>
public sealed class FuzzPlanTests
{
    private static readonly FuzzTargets Targets = new(
        new FuzzKeys("bpk_admin0000_" + new string('A', 40), "bpk_nairobi000_" + new string('B', 40), "bpk_alpen0000_" + new string('C', 40),
            "bpk_shop00000_" + new string('D', 40), "bpk_revoked00_" + new string('E', 40), "bpk_unknown00_" + new string('F', 40)),
        new Dictionary<string, IReadOnlyList<string>> { ["sku"] = ["CL-METRO9-BLK"], ["id"] = ["classic-metro-9"], ["productId"] = ["classic-metro-9"] },
        ["ord_another_distributors"],
        new Dictionary<string, string> { ["ListProducts"] = "eyJ2IjoxfQ", ["ListOrders"] = "eyJvIjoxfQ" },
        "fuzz-used-key");

    private static readonly ApiDocument Committed =
        ApiDocument.Parse(File.ReadAllText(BuildPaths.ApiDocs("openapi.json")));

    // Built once for the tests that only read it: a plan is ~6,000 requests, some of a megabyte.
    private static readonly Lazy<IReadOnlyList<OperationPlan>> DefaultPlan = new(() => Plan(FuzzSettings.DefaultSeed));

    private static IReadOnlyList<OperationPlan> Plan(int seed)
    {
        var settings = FuzzSettings.FromEnvironment() with { Seed = seed };
        return FuzzPlan.Build(FuzzPlan.Generators(Committed, Targets, settings), settings);
    }

    [Fact]
    public void Every_documented_operation_gets_at_least_its_minimum_and_the_run_at_least_5000()
    {
        var settings = FuzzSettings.FromEnvironment();
        var plan = DefaultPlan.Value;

        plan.Select(p => p.Operation.Name).ShouldBe(Committed.Operations.Select(o => o.Name), ignoreOrder: true);
        plan.ShouldAllBe(p => p.Requests.Count >= settings.MinimumPerOperation);
        plan.Sum(p => p.Requests.Count).ShouldBeGreaterThanOrEqualTo(settings.MinimumRequests);
    }

    [Fact]
    public void A_seed_always_gives_the_same_requests_and_another_seed_others()
    {
        static List<string> Texts(IReadOnlyList<OperationPlan> plan) => plan.SelectMany(p => p.Requests).Select(r => r.Mutation + "\n" + r.ToHttpText()).ToList();

        var seven = Texts(Plan(7));
        Texts(Plan(7)).ShouldBe(seven);
        Texts(Plan(8)).ShouldNotBe(seven);
    }

    [Theory]
    [InlineData("PlaceOrder", "auth: no-key")]
    [InlineData("PlaceOrder", "auth: revoked-key")]
    [InlineData("PlaceOrder", "auth: storefront-key")]
    [InlineData("CreateProduct", "auth: distributor-key")]
    [InlineData("PlaceOrder", "header Idempotency-Key: used-before-for-another-body")]
    [InlineData("PlaceOrder", "body-malformed: nested-arrays-10000")]
    [InlineData("PlaceOrder", "body-malformed: duplicate-keys")]
    [InlineData("PlaceOrder", "body-malformed: utf8-bom")]
    [InlineData("PlaceOrder", "body-malformed: trailing-comma")]
    [InlineData("PlaceOrder", "body-malformed: truncated")]
    [InlineData("PlaceOrder", "body-field: $.lines[0].quantity null")]
    [InlineData("PlaceOrder", "body-field: $.buyerReference missing-required")]
    [InlineData("PlaceOrder", "body-field: $.lines[0].quantity wrong-type string")]
    [InlineData("PlaceOrder", "content-type: text-plain")]
    [InlineData("PlaceOrder", "content-type: none")]
    [InlineData("UpdateVariant", "if-match: weak")]
    [InlineData("ListProducts", "if-none-match: garbage")]
    [InlineData("ListProducts", "unexpected-body: application/json {\"a\": 1}")]
    public void The_cases_sent_for_every_operation_include(string operation, string mutation)
    {
        var mutations = DefaultPlan.Value.Single(p => p.Operation.Name == operation).Requests.Select(r => r.Mutation).ToList();
        if (mutation == "if-none-match: garbage")
        {
            mutations.ShouldContain(m => m.StartsWith("if-none-match: ", StringComparison.Ordinal));
            return;
        }

        mutations.ShouldContain(mutation);
    }

    [Fact]
    public void Sampled_cases_reach_paths_queries_cursors_and_every_kind_of_field_value()
    {
        var mutations = DefaultPlan.Value.SelectMany(p => p.Requests).Select(r => r.Mutation).ToList();

        foreach (var kind in (string[])["path sku: ", "query limit: ", "cursor: tampered-cursor", "cursor: cursor-of-", "cursor: random-base64",
                     "body-field: ", "body-extra-field: ", "unknown-query: ", "headers: "])
        {
            mutations.ShouldContain(m => m.StartsWith(kind, StringComparison.Ordinal), kind);
        }

        foreach (var value in (string[])["sql-drop", "script", "huge-100KB", "emoji", "lone-high-surrogate", "int64-max+1", "1e308", "NaN-string", "over-"])
        {
            mutations.ShouldContain(m => m.Contains(value, StringComparison.Ordinal), value);
        }
    }
}
