using Backpack.Catalog.Api.Features.Payments;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Backpack.Catalog.IntegrationTests.Payments;

/// <summary>
/// Migration 0014 turns the free-text terms of accounts from before structured terms into the structured form by their words. The
/// test runs the migration's own UPDATE on a table of such accounts and reads each result as the API does.
/// </summary>
public sealed class FreeTextTermsMigrationTests
{
    private static string MigrationUpdate()
    {
        var script = File.ReadAllText(Path.Combine(BuildPaths.RepositoryRoot, "db", "migrations", "sqlite", "0014_payment_terms.sql"));
        var start = script.IndexOf("UPDATE distributors SET terms_json", StringComparison.Ordinal);
        return script[start..(script.IndexOf(';', start) + 1)];
    }

    [Theory]
    [InlineData("T/T: 30 % deposit on confirmation, 70 % balance before shipment", 30, "tt", "before-shipment", null)]
    [InlineData("Open account: 100 % within 30 days of shipment", 0, "open-account", "after-shipment", 30)]
    [InlineData("Net 60 days after shipment, open account", 0, "open-account", "after-shipment", 60)]
    [InlineData("L/C at sight, balance against copy of B/L", 0, "lc", "against-bl-copy", null)]
    [InlineData("Irrevocable letter of credit", 0, "lc", "before-shipment", null)]
    [InlineData("Escrow via trade assurance, 20 % deposit", 20, "escrow", "before-shipment", null)]
    [InlineData("50 % T/T deposit, balance against bill of lading copy", 50, "tt", "against-bl-copy", null)]
    public async Task Free_text_terms_become_structured_terms_by_their_words(string words, int deposit, string method, string balanceDue, int? days)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync("CREATE TABLE distributors (distributor_id TEXT, deposit_percent INTEGER, payment_terms TEXT, terms_json TEXT)");
        await connection.ExecuteAsync("INSERT INTO distributors VALUES ('dst_x', @deposit, @words, NULL)", new { deposit, words });

        await connection.ExecuteAsync(MigrationUpdate());

        var terms = PaymentTerms.Parse(await connection.ExecuteScalarAsync<string>("SELECT terms_json FROM distributors"))!;
        (terms.Method, terms.DepositPercent, terms.BalanceDue, terms.BalanceDays).ShouldBe((method, deposit, balanceDue, days));
        (terms.CreditLimitUsdCents, terms.LetterOfCredit).ShouldBe((null, null), "a limit and a letter are not in the words: the admin sets them");
    }
}
