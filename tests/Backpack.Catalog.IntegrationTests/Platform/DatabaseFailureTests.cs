using System.Net;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>An unhandled failure is a 500 problem that reveals nothing of the inside; readiness reports the database down.</summary>
public sealed class DatabaseFailureTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task A_broken_database_gives_a_500_problem_without_sql_or_stack_trace_and_not_ready()
    {
        var client = api.CreateClient();
        (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await api.Database.ExecuteAsync(Rename("categories", "categories_gone"));
        try
        {
            var response = await client.GetAsync("/v1/categories", TestContext.Current.CancellationToken);
            var body = (await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError)).GetRawText();

            foreach (var leak in new[] { "SELECT", "FROM categories", "no such table", "Invalid object name", "SQLite Error", "Exception", " at Backpack", ".cs:line", "/work/" })
            {
                body.ShouldNotContain(leak, Case.Insensitive, $"a 500 must not reveal '{leak}'");
            }

            var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await api.Database.ExecuteAsync(Rename("categories_gone", "categories"));
        }
    }

    private string Rename(string from, string to) => api.Database.Provider == Api.Infrastructure.Data.DatabaseProvider.Sqlite
        ? $"ALTER TABLE {from} RENAME TO {to}"
        : $"EXEC sp_rename '{from}', '{to}'";
}
