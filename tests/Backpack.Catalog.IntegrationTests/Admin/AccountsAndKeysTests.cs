using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Admin;

public sealed class AccountsAndKeysTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static readonly object Lagos = new
    {
        companyName = "Lagos Bag Importers Ltd", country = "NG", defaultCurrency = "NGN", defaultIncoterm = "CIF",
        depositPercent = 50, paymentTerms = "T/T: 50 % deposit, 50 % before shipment",
    };

    [Fact]
    public async Task An_admin_opens_an_account_issues_it_a_key_that_can_order_and_revokes_it()
    {
        var admin = await api.AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/v1/admin/distributors", Lagos, TestContext.Current.CancellationToken);
        var distributor = await created.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        var id = distributor.GetProperty("id").GetString()!;
        id.ShouldStartWith("dst_");
        created.Headers.Location!.ToString().ShouldBe($"/v1/admin/distributors/{id}");
        (await admin.GetJsonAsync<JsonElement>($"/v1/admin/distributors/{id}")).GetProperty("depositPercent").GetInt32().ShouldBe(50);

        var issued = await (await admin.PostAsJsonAsync("/v1/admin/api-keys",
                new { role = "distributor", distributorId = id, label = "Lagos ERP" }, TestContext.Current.CancellationToken))
            .ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        var key = issued.GetProperty("key").GetString()!;
        var keyId = issued.GetProperty("keyId").GetString()!;
        key.ShouldStartWith($"bpk_{keyId}_");

        var distributorClient = api.ClientWithKey(key);
        var preview = await distributorClient.PostAsJsonAsync("/v1/orders/validate", OrderBodies.Order("CL-METRO9-BLK", 100), TestContext.Current.CancellationToken);
        var previewBody = await preview.ShouldBeJsonAsync<JsonElement>();
        previewBody.GetProperty("currency").GetString().ShouldBe("NGN");
        previewBody.GetProperty("payment").GetProperty("depositPercent").GetInt32().ShouldBe(50);

        var listed = await admin.GetStringAsync($"/v1/admin/api-keys?distributorId={id}", TestContext.Current.CancellationToken);
        listed.ShouldContain(keyId);
        listed.ShouldNotContain(key);
        listed.ShouldNotContain(await api.Database.ScalarAsync<string>($"SELECT key_hash FROM api_keys WHERE key_id = '{keyId}'"));

        var revoked = await (await admin.PostAsync($"/v1/admin/api-keys/{keyId}/revoke", null, TestContext.Current.CancellationToken))
            .ShouldBeJsonAsync<JsonElement>();
        revoked.GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var refused = await distributorClient.GetAsync("/v1/orders", TestContext.Current.CancellationToken);
        await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var again = await (await admin.PostAsync($"/v1/admin/api-keys/{keyId}/revoke", null, TestContext.Current.CancellationToken))
            .ShouldBeJsonAsync<JsonElement>();
        again.GetProperty("revokedAt").GetDateTime().ShouldBe(revoked.GetProperty("revokedAt").GetDateTime());
    }

    public static TheoryData<string, object> BadDistributors => new()
    {
        { "country", new { companyName = "X Ltd", country = "Nigeria", defaultCurrency = "NGN", defaultIncoterm = "CIF", depositPercent = 30, paymentTerms = "T/T" } },
        { "defaultCurrency", new { companyName = "X Ltd", country = "NG", defaultCurrency = "XXX", defaultIncoterm = "CIF", depositPercent = 30, paymentTerms = "T/T" } },
        { "defaultIncoterm", new { companyName = "X Ltd", country = "NG", defaultCurrency = "NGN", defaultIncoterm = "FAS", depositPercent = 30, paymentTerms = "T/T" } },
        { "depositPercent", new { companyName = "X Ltd", country = "NG", defaultCurrency = "NGN", defaultIncoterm = "CIF", depositPercent = 101, paymentTerms = "T/T" } },
        { "companyName", new { companyName = "", country = "NG", defaultCurrency = "NGN", defaultIncoterm = "CIF", depositPercent = 30, paymentTerms = "T/T" } },
        { "paymentTerms", new { companyName = "X Ltd", country = "NG", defaultCurrency = "NGN", defaultIncoterm = "CIF", depositPercent = 30, paymentTerms = new string('x', 201) } },
    };

    [Theory]
    [MemberData(nameof(BadDistributors))]
    public async Task A_bad_account_is_refused_naming_the_field_and_nothing_is_stored(string field, object body)
    {
        var admin = await api.AdminClientAsync();
        var before = await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM distributors");

        var response = await admin.PostAsJsonAsync("/v1/admin/distributors", body, TestContext.Current.CancellationToken);

        (await response.ShouldBeValidationProblemAsync()).ShouldContain(field);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM distributors")).ShouldBe(before);
    }

    public static TheoryData<string, object> BadKeys => new()
    {
        { "role", new { role = "superuser", label = "x" } },
        { "distributorId", new { role = "distributor", label = "x" } },
        { "distributorId", new { role = "distributor", distributorId = "dst_does-not-exist", label = "x" } },
        { "distributorId", new { role = "storefront", distributorId = DemoKeys.NairobiId, label = "x" } },
        { "label", new { role = "storefront", label = "" } },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task A_bad_key_request_is_refused_naming_the_field_and_no_key_is_made(string field, object body)
    {
        var admin = await api.AdminClientAsync();
        var before = await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys");

        var response = await admin.PostAsJsonAsync("/v1/admin/api-keys", body, TestContext.Current.CancellationToken);

        (await response.ShouldBeValidationProblemAsync()).ShouldContain(field);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys")).ShouldBe(before);
    }

    [Fact]
    public async Task Distributor_lists_page_by_id_and_visit_every_account_once()
    {
        var admin = await api.AdminClientAsync();
        for (var i = 0; i < 3; i++)
        {
            (await admin.PostAsJsonAsync("/v1/admin/distributors", Lagos, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await admin.GetJsonAsync<JsonElement>($"/v1/admin/distributors?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        seen.ShouldBe(seen.Order(StringComparer.Ordinal).ToList());
        seen.Distinct().Count().ShouldBe(seen.Count);
        seen.Count.ShouldBe((int)await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM distributors"));
        await (await admin.GetAsync("/v1/admin/distributors?cursor=not-a-cursor", TestContext.Current.CancellationToken)).ShouldBeValidationProblemAsync();
    }

    [Fact]
    public async Task Unknown_accounts_and_keys_are_404()
    {
        var admin = await api.AdminClientAsync();
        await (await admin.GetAsync("/v1/admin/distributors/dst_nobody", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync("/v1/admin/api-keys/nosuchkey1/revoke", null, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "/v1/admin/distributors")]
    [InlineData("POST", "/v1/admin/distributors")]
    [InlineData("GET", "/v1/admin/api-keys")]
    [InlineData("POST", "/v1/admin/api-keys")]
    [InlineData("POST", "/v1/admin/api-keys/demonairobi/revoke")]
    [InlineData("POST", "/v1/admin/orders/ord_00000000000000000000000000000000/status")]
    public async Task Admin_routes_refuse_other_keys_and_anonymous_callers(string method, string path)
    {
        foreach (var (key, status) in new[] { (DemoKeys.Nairobi, HttpStatusCode.Forbidden), (DemoKeys.Storefront, HttpStatusCode.Forbidden), ((string?)null, HttpStatusCode.Unauthorized) })
        {
            var client = key is null ? api.CreateClient() : api.ClientWithKey(key);
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            await (await client.SendAsync(request, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(status);
        }

        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys WHERE key_id = 'demonairobi' AND revoked_at_ms IS NOT NULL")).ShouldBe(0, "a refused revoke must not revoke");
    }
}
