using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Webhooks;

/// <summary>
/// Registering, reading and deleting webhooks, their bad inputs and who may see them, with the default settings (https
/// required). Receiver URLs point at a closed port on 127.0.0.1, so any delivery the dispatcher tries fails at once, locally.
/// </summary>
public sealed class WebhookRegistrationTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string ValidUrl = "https://127.0.0.1:9/hooks/backpack";
    private const string LimitProblem = "https://backpack-catalog.dev/problems/webhook-limit";

    [Fact]
    public async Task A_distributor_registers_reads_lists_and_deletes_a_webhook()
    {
        var alpen = api.ClientWithKey(DemoKeys.Alpen);
        var response = await alpen.CreateWebhookAsync(new { url = ValidUrl, description = "ERP order sync" });
        var created = await response.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.Id();
        id.ShouldMatch("^whk_[0-9a-f]{32}$");
        response.Headers.Location!.ToString().ShouldBe($"/v1/webhooks/{id}");
        created.GetProperty("url").GetString().ShouldBe(ValidUrl);
        created.GetProperty("description").GetString().ShouldBe("ERP order sync");
        created.GetProperty("secret").GetString()!.ShouldMatch("^whsec_[A-Za-z0-9_-]{43}$");

        var read = await alpen.GetJsonAsync<JsonElement>($"/v1/webhooks/{id}");
        read.GetProperty("url").GetString().ShouldBe(ValidUrl);
        read.TryGetProperty("secret", out _).ShouldBeFalse("the secret is shown only when the webhook is registered");
        var listed = await alpen.GetStringAsync("/v1/webhooks", TestContext.Current.CancellationToken);
        listed.ShouldContain(id);
        listed.ShouldNotContain("whsec_");

        (await alpen.DeleteAsync($"/v1/webhooks/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await alpen.GetAsync($"/v1/webhooks/{id}", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alpen.DeleteAsync($"/v1/webhooks/{id}", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await alpen.GetStringAsync("/v1/webhooks", TestContext.Current.CancellationToken)).ShouldNotContain(id);
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { """{"description":"no url"}""", "url" },
        { """{"url":""}""", "url" },
        { """{"url":"not a url"}""", "url" },
        { """{"url":"/hooks/backpack"}""", "url" },
        { """{"url":"ftp://127.0.0.1/hooks"}""", "url" },
        { """{"url":"http://127.0.0.1:9/hooks"}""", "url" },
        { """{"url":"https://user:secret@127.0.0.1:9/hooks"}""", "url" },
        { $$"""{"url":"https://127.0.0.1:9/{{new string('a', 2000)}}"}""", "url" },
        { $$"""{"url":"{{ValidUrl}}","description":"{{new string('d', 201)}}"}""", "description" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_registrations_are_400_naming_the_field_and_store_nothing(string body, string field)
    {
        var before = await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM webhook_endpoints");

        var response = await api.ClientWithKey(DemoKeys.Nairobi).PostAsync("/v1/webhooks",
            new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        (await response.ShouldBeValidationProblemAsync()).ShouldBe([field]);
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM webhook_endpoints")).ShouldBe(before);
    }

    [Fact]
    public async Task Plain_http_is_refused_with_a_reason_unless_the_setting_allows_it()
    {
        var response = await api.ClientWithKey(DemoKeys.Nairobi).CreateWebhookAsync(new { url = "http://127.0.0.1:9/hooks" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("url")[0].GetString().ShouldNotBeNull().ShouldContain("https");
    }

    [Theory]
    [InlineData("", "application/json")]
    [InlineData("{\"url\":", "application/json")]
    [InlineData("[]", "application/json")]
    [InlineData("{\"url\":42}", "application/json")]
    [InlineData("url=https://127.0.0.1:9/hooks", "application/x-www-form-urlencoded")]
    public async Task Unreadable_bodies_are_problems_not_500s(string body, string contentType)
    {
        var response = await api.ClientWithKey(DemoKeys.Nairobi).PostAsync("/v1/webhooks",
            new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBeOneOf(400, 415);
        await response.ShouldBeProblemAsync(response.StatusCode);
    }

    [Fact]
    public async Task A_distributor_may_have_five_webhooks_and_a_sixth_is_409_until_one_is_deleted()
    {
        var client = api.ClientWithKey(await NewDistributorKeyAsync());
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await client.RegisterAsync(new Uri($"{ValidUrl}/{i}"))).Id());
        }

        var sixth = await client.CreateWebhookAsync(new { url = ValidUrl });
        (await sixth.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe(LimitProblem);
        (await client.GetJsonAsync<JsonElement>("/v1/webhooks")).GetProperty("items").GetArrayLength().ShouldBe(5);

        (await client.DeleteAsync($"/v1/webhooks/{ids[0]}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.CreateWebhookAsync(new { url = ValidUrl })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_distributors_webhook_is_404_everywhere()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var webhook = await nairobi.RegisterAsync(new Uri(ValidUrl));
        var ping = await (await nairobi.PingAsync(webhook.Id())).ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Accepted);
        var alpen = api.ClientWithKey(DemoKeys.Alpen);
        var paths = new[] { $"/v1/webhooks/{webhook.Id()}", $"/v1/webhooks/{webhook.Id()}/deliveries", $"/v1/webhooks/{webhook.Id()}/deliveries/{ping.Id()}" };

        foreach (var path in paths)
        {
            await (await alpen.GetAsync(path, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        await (await alpen.PingAsync(webhook.Id())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alpen.RedeliverAsync(webhook.Id(), ping.Id())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alpen.DeleteAsync(paths[0], TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await alpen.GetStringAsync("/v1/webhooks", TestContext.Current.CancellationToken)).ShouldNotContain(webhook.Id());
        (await nairobi.GetAsync(paths[0], TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, "the owner still has it");
    }

    [Fact]
    public async Task Only_distributor_keys_reach_webhooks()
    {
        await (await api.CreateClient().GetAsync("/v1/webhooks", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.ClientWithKey(DemoKeys.Storefront).GetAsync("/v1/webhooks", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await (await api.AdminClientAsync()).CreateWebhookAsync(new { url = ValidUrl })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/v1/webhooks/whk_nope")]
    [InlineData("/v1/webhooks/whk_00000000000000000000000000000000")]
    [InlineData("/v1/webhooks/whk_00000000000000000000000000000000/deliveries")]
    public async Task Unknown_or_malformed_webhook_ids_are_404(string path) =>
        await (await api.ClientWithKey(DemoKeys.Nairobi).GetAsync(path, TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task Delivery_lists_page_newest_first_and_reject_bad_parameters()
    {
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var webhook = await nairobi.RegisterAsync(new Uri(ValidUrl));
        var pings = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            pings.Add((await (await nairobi.PingAsync(webhook.Id())).ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Accepted)).Id());
        }

        var first = await nairobi.GetJsonAsync<JsonElement>($"/v1/webhooks/{webhook.Id()}/deliveries?limit=2");
        first.GetProperty("items").EnumerateArray().Select(d => d.Id()).ShouldBe([pings[2], pings[1]]);
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await nairobi.GetJsonAsync<JsonElement>($"/v1/webhooks/{webhook.Id()}/deliveries?limit=2&cursor={Uri.EscapeDataString(cursor)}");
        second.GetProperty("items").EnumerateArray().Select(d => d.Id()).ShouldBe([pings[0]]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);

        var deliveries = $"/v1/webhooks/{webhook.Id()}/deliveries";
        foreach (var (query, field) in new[] { ("?limit=0", "limit"), ("?limit=101", "limit"), ("?state=lost", "state"), ("?cursor=garbage", "cursor"),
                     ($"?state=failed&cursor={Uri.EscapeDataString(cursor)}", "cursor"), ("?limit=ten", "limit") })
        {
            (await (await nairobi.GetAsync(deliveries + query, TestContext.Current.CancellationToken)).ShouldBeValidationProblemAsync()).ShouldBe([field], query);
        }

        await (await nairobi.GetAsync($"{deliveries}/whd_nope", TestContext.Current.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await nairobi.RedeliverAsync(webhook.Id(), "whd_00000000000000000000000000000000")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<string> NewDistributorKeyAsync()
    {
        var admin = await api.AdminClientAsync();
        var distributor = await (await admin.PostAsJsonAsync("/v1/admin/distributors", new
        {
            companyName = "Kampala Packs Ltd", country = "UG", defaultCurrency = "USD", defaultIncoterm = "FOB",
            depositPercent = 30, paymentTerms = "T/T: 30 % deposit, 70 % before shipment",
        }, TestContext.Current.CancellationToken)).ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        var issued = await (await admin.PostAsJsonAsync("/v1/admin/api-keys",
            new { role = "distributor", distributorId = distributor.Id(), label = "Kampala ERP" }, TestContext.Current.CancellationToken))
            .ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        return issued.GetProperty("key").GetString()!;
    }
}
