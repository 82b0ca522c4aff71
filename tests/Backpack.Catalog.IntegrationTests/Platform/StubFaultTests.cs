using System.Net.Sockets;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Stubs;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>The stub server's own faults, which the ERP and FX fault tests rely on, do what they say.</summary>
public sealed class StubFaultTests(WireMockFixture stubs) : IClassFixture<WireMockFixture>
{
    [Fact]
    public async Task A_connection_reset_reaches_the_client_as_a_reset_and_is_journalled_as_a_fault()
    {
        await stubs.UseAsync(FxStubs.ConnectionReset);
        using var client = new HttpClient { BaseAddress = stubs.BaseUrl };

        var failure = await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync("v1/latest?base=USD", TestContext.Current.CancellationToken));

        Causes(failure).OfType<SocketException>().ShouldContain(e => e.SocketErrorCode == SocketError.ConnectionReset,
            $"a TCP reset, not a clean close; the client saw: {string.Join(" <- ", Causes(failure).Select(e => e.Message))}");
        var logged = (await stubs.RequestsAsync("/v1/latest")).ShouldHaveSingleItem();
        logged.Fault.ShouldBeTrue();
        logged.Url.ShouldBe("/v1/latest?base=USD");
    }

    [Fact]
    public async Task A_delayed_answer_arrives_after_its_delay_and_its_time_is_journalled()
    {
        await stubs.UseAsync(ErpStubs.HealthySlow);
        using var client = new HttpClient { BaseAddress = stubs.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/sales-orders/ord_0123456789abcdef0123456789abcdef/status-changes") { Content = new StringContent("{}") };
        request.Headers.Add("Idempotency-Key", "ord_0123456789abcdef0123456789abcdef:1");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        using var accepted = await client.SendAsync(request, TestContext.Current.CancellationToken);

        accepted.StatusCode.ShouldBe(System.Net.HttpStatusCode.Accepted);
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(24), "HealthySlow answers after 25 ms");
        var logged = (await stubs.RequestsAsync("/v1/sales-orders")).ShouldHaveSingleItem();
        logged.TookMs.ShouldBeGreaterThanOrEqualTo(24);
        logged.Fault.ShouldBeFalse();
    }

    private static IEnumerable<Exception> Causes(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
