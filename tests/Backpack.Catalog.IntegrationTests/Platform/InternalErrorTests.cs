using System.Net;
using Backpack.Catalog.IntegrationTests.Fuzzing;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>The app as deployed (Production), on a database a test breaks on purpose.</summary>
public sealed class ProductionApiFactory : CatalogueApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>
/// A failure inside the API (here: the database missing a table) is a 500 problem that says nothing about the inside:
/// no exception, stack trace, SQL text, database message or file path; only a traceId to quote.
/// </summary>
public sealed class InternalErrorTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task A_failure_inside_the_api_is_a_500_problem_that_leaks_nothing()
    {
        await api.Database.ExecuteAsync("DROP VIEW product_certifications");
        var response = await api.CreateClient().GetAsync("/v1/products?limit=5", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/internal");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        body.ShouldNotContain("product_certifications", customMessage: "the database's message names the table");
        var request = new FuzzRequest("ListProducts", "none", "GET", "/v1/products?limit=5", [], null, null);
        FuzzOracle.Judge(request, new FuzzResponse(500, "application/problem+json", body, [], []))
            .Where(finding => finding.StartsWith("leaks", StringComparison.Ordinal)).ShouldBeEmpty(body);
    }
}
