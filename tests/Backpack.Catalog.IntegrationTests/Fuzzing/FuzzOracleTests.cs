using System.Text;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>The oracle and the database fingerprint can fail: each kind of bad answer is caught, and a good one is not.</summary>
public sealed class FuzzOracleTests
{
    private const string Problem400 = """{"type":"https://backpack-catalog.dev/problems/validation","title":"One or more parameters are invalid.","status":400}""";

    private static readonly FuzzRequest Request = new("ListProducts", "query limit: NaN", "GET", "/v1/products?limit=NaN", [], null, null);

    private static IReadOnlyList<string> Judge(int status, string? mediaType, string body, FuzzRequest? request = null,
        IReadOnlyList<string>? violations = null, IReadOnlyList<string>? changes = null) =>
        FuzzOracle.Judge(request ?? Request, new FuzzResponse(status, mediaType, body, violations ?? [], changes ?? []));

    [Fact]
    public void A_documented_problem_passes() => Judge(400, "application/problem+json", Problem400).ShouldBeEmpty();

    [Fact]
    public void A_500_fails_even_as_a_problem() =>
        Judge(500, "application/problem+json", """{"type":"about:blank","title":"Oops","status":500}""").ShouldBe(["server error 500"]);

    [Theory]
    [InlineData("text/plain", "Bad Request", "a 400 that is not application/problem+json but text/plain")]
    [InlineData(null, "", "a 400 that is not application/problem+json but no Content-Type")]
    [InlineData("application/problem+json", "<html>", "a application/problem+json body that is not JSON")]
    [InlineData("application/problem+json", """{"type":"t","title":"x","status":404}""", "a problem whose status (404) is not the response's 400")]
    [InlineData("application/problem+json", """{"type":"t","status":400}""", "a problem without a title")]
    [InlineData("application/problem+json", """{"title":"x","status":"400"}""", "a problem without a type")]
    public void An_error_that_is_not_a_matching_problem_fails(string? mediaType, string body, string finding) =>
        Judge(400, mediaType, body).ShouldContain(finding);

    [Theory]
    [InlineData("   at Backpack.Catalog.Api.Features.Orders.OrderStore.PlaceAsync(DbConnection connection)", "a stack frame")]
    [InlineData("in /src/Orders/OrderStore.cs:line 42", "a source file line")]
    [InlineData("Microsoft.Data.Sqlite.SqliteException: SQLite Error 19: 'UNIQUE constraint failed: orders.order_id'.", "an exception type")]
    [InlineData("Microsoft.Data.Sqlite.SqliteException: SQLite Error 19", "a .NET type or namespace")]
    [InlineData("SQLite Error 1: 'near \\\"x\\\": syntax error'", "a database error")]
    [InlineData("SELECT product_id FROM products WHERE", "SQL text")]
    [InlineData("Could not find file '/work/app/data/catalogue.db'", "an internal file path")]
    [InlineData("Could not find file 'C:\\\\app\\\\catalogue.db'", "an internal file path")]
    [InlineData("Failed to read parameter \\\"PlaceOrderRequest request\\\" from the request body", "a C# parameter declaration")]
    public void A_body_that_leaks_internals_fails_whatever_its_status(string leak, string what)
    {
        var body = $$"""{"type":"t","title":"x","status":400,"detail":"{{leak}}"}""";

        Judge(400, "application/problem+json", body).ShouldContain(f => f.StartsWith($"leaks {what}:", StringComparison.Ordinal));
        Judge(200, "application/json", body).ShouldContain(f => f.StartsWith($"leaks {what}:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_error_quoting_back_what_the_request_sent_is_not_a_leak()
    {
        var request = Request with { PathAndQuery = "/v1/products?q=" + Uri.EscapeDataString("x' UNION SELECT key_hash FROM api_keys --") };
        var body = """{"type":"t","title":"x","status":400,"detail":"'x' UNION SELECT key_hash FROM api_keys --' is too long."}""";

        Judge(400, "application/problem+json", body, request).ShouldBeEmpty();
        Judge(400, "application/problem+json", body).ShouldContain(f => f.StartsWith("leaks SQL text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_response_the_document_does_not_allow_fails() =>
        Judge(400, "application/problem+json", Problem400, violations: ["status 400 is not declared (declared: 200, 401)"])
            .ShouldBe(["not allowed by the OpenAPI document: status 400 is not declared (declared: 200, 401)"]);

    [Fact]
    public void A_refused_request_that_wrote_fails_and_an_accepted_one_may_write()
    {
        Judge(400, "application/problem+json", Problem400, changes: ["orders: 3 → 4 rows"])
            .ShouldBe(["refused with 400, but wrote to the database: orders: 3 → 4 rows"]);
        Judge(201, "application/json", "{}", changes: ["orders: 3 → 4 rows"]).ShouldBeEmpty();
    }

    [Fact]
    public void Snapshots_name_each_table_whose_rows_or_content_changed()
    {
        var before = new DatabaseSnapshot(new Dictionary<string, TableState> { ["orders"] = new(3, 10), ["variants"] = new(5, 20), ["quotes"] = new(0, 0) });
        var after = new DatabaseSnapshot(new Dictionary<string, TableState> { ["orders"] = new(4, 11), ["variants"] = new(5, 21), ["quotes"] = new(0, 0) });

        after.ChangesSince(before).ShouldBe(["orders: 3 → 4 rows", "variants: 5 rows, content changed"]);
        after.ChangesSince(after).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_fingerprint_sees_a_changed_value_an_added_row_and_a_row_replaced_by_an_equal_count()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE TABLE things (id TEXT PRIMARY KEY, quantity INTEGER, note TEXT NULL); INSERT INTO things VALUES ('a', 1, NULL), ('b', 2, 'x');");
        await using var fingerprint = await DatabaseFingerprint.OpenAsync(database, TestContext.Current.CancellationToken);
        var ct = TestContext.Current.CancellationToken;

        var start = await fingerprint.TakeAsync(ct);
        (await fingerprint.TakeAsync(ct)).ChangesSince(start).ShouldBeEmpty();
        await database.ExecuteAsync("UPDATE things SET quantity = 3 WHERE id = 'a'");
        var updated = await fingerprint.TakeAsync(ct);
        updated.ChangesSince(start).ShouldBe(["things: 2 rows, content changed"]);
        await database.ExecuteAsync("DELETE FROM things WHERE id = 'b'; INSERT INTO things VALUES ('c', 2, 'x')");
        var replaced = await fingerprint.TakeAsync(ct);
        replaced.ChangesSince(updated).ShouldBe(["things: 2 rows, content changed"]);
        await database.ExecuteAsync("UPDATE things SET note = NULL WHERE id = 'c'");
        (await fingerprint.TakeAsync(ct)).ChangesSince(replaced).ShouldBe(["things: 2 rows, content changed"]);
        await database.ExecuteAsync("INSERT INTO things VALUES ('d', 4, NULL)");
        (await fingerprint.TakeAsync(ct)).ChangesSince(start).ShouldBe(["things: 2 → 3 rows"]);
    }

    [Fact]
    public void A_finding_shows_the_request_that_replays_it()
    {
        var request = new FuzzRequest("PlaceOrder", "body-field: $.lines[0].quantity 1e309", "POST", "/v1/orders",
            [new("X-Api-Key", "bpk_demo_key"), new("Idempotency-Key", "fuzz-1")], Encoding.UTF8.GetBytes("""{"lines":[{"quantity":1e309}]}"""), "application/json");

        var text = new FuzzFinding(7, request, 500, ["server error 500"], "{}").Describe();

        text.ShouldContain("#7 PlaceOrder [body-field: $.lines[0].quantity 1e309] answered 500:");
        text.ShouldContain("    POST /v1/orders\n    X-Api-Key: bpk_demo_key\n    Idempotency-Key: fuzz-1\n    Content-Type: application/json\n    \n    {\"lines\":[{\"quantity\":1e309}]}\n");
    }
}
