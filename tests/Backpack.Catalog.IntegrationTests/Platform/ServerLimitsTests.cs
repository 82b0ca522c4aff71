using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>The app on Kestrel with every server limit short enough to meet in a test.</summary>
public sealed class ShortServerLimitsApiFactory : CatalogueApiFactory
{
    public ShortServerLimitsApiFactory() => ListenOnLoopback();

    public Uri BaseAddress => CreateClient().BaseAddress!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ServerLimits:RequestHeadersTimeout", "00:00:01");
        builder.UseSetting("ServerLimits:KeepAliveTimeout", "00:00:02");
        builder.UseSetting("ServerLimits:RequestTimeout", "00:00:01");
        builder.UseSetting("ServerLimits:MinRequestBodyBytesPerSecond", "1000");
        builder.UseSetting("ServerLimits:MinResponseBytesPerSecond", "500");
        builder.UseSetting("ServerLimits:DataRateGracePeriod", "00:00:02");
        builder.UseSetting("ServerLimits:MaxConcurrentConnections", "200");
    }
}

public sealed class ServerLimitsTests(ShortServerLimitsApiFactory api) : IClassFixture<ShortServerLimitsApiFactory>
{
    private const string RequestTimeoutType = "https://backpack-catalog.dev/problems/request-timeout";

    /// <summary>An order with its own purchase order number: a test sends one body, and retries it unchanged.</summary>
    private static object NewOrder() => OrderBodies.Order([("CL-CAMPUS8-BLK", 264), ("CL-CAMPUS8-HGR", 120)], null, "KES", new { rule = "CIF", place = "KEMBA" });


    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_configured_limits_reach_the_server()
    {
        var limits = api.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        limits.RequestHeadersTimeout.ShouldBe(TimeSpan.FromSeconds(1));
        limits.KeepAliveTimeout.ShouldBe(TimeSpan.FromSeconds(2));
        limits.MaxConcurrentConnections.ShouldBe(200);
        limits.MinRequestBodyDataRate!.BytesPerSecond.ShouldBe(1000);
        limits.MinResponseDataRate!.BytesPerSecond.ShouldBe(500);
        limits.MinResponseDataRate.GracePeriod.ShouldBe(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Headers_not_finished_in_time_get_a_408_and_the_connection_is_closed()
    {
        using var connection = await ConnectAsync();
        var clock = Stopwatch.StartNew();
        await connection.WriteAsync($"GET /v1/currencies HTTP/1.1\r\nHost: {api.BaseAddress.Authority}\r\n");

        var answer = await connection.ReadToEndAsync(TimeSpan.FromSeconds(15));

        answer.ShouldStartWith("HTTP/1.1 408");
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(0.9), "not before the configured second");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_idle_kept_alive_connection_is_closed_after_the_keep_alive_timeout()
    {
        using var connection = await ConnectAsync();
        await connection.WriteAsync($"GET /v1/currencies HTTP/1.1\r\nHost: {api.BaseAddress.Authority}\r\n\r\n");
        (await connection.ReadSomeAsync()).ShouldStartWith("HTTP/1.1 200");
        var clock = Stopwatch.StartNew();

        var rest = await connection.ReadToEndAsync(TimeSpan.FromSeconds(15));

        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1.5), $"kept open until the 2 s keep-alive timeout; then read {rest.Length} chars");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_body_sent_too_slowly_is_refused_and_claims_nothing()
    {
        var (idempotencyKey, order) = (Guid.NewGuid().ToString(), NewOrder());
        var before = await OrderTableCounts.ReadAsync(api.Database);
        using var connection = await ConnectAsync();
        var body = JsonSerializer.SerializeToUtf8Bytes(order, HttpAssertions.Json);
        await connection.WriteAsync($"POST /v1/orders HTTP/1.1\r\nHost: {api.BaseAddress.Authority}\r\nX-Api-Key: {DemoKeys.Nairobi}\r\n" +
            $"Idempotency-Key: {idempotencyKey}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");
        await connection.WriteAsync(Encoding.UTF8.GetString(body, 0, 20));
        var clock = Stopwatch.StartNew();

        var answer = await connection.ReadToEndAsync(TimeSpan.FromSeconds(20));

        answer.ShouldStartWith("HTTP/1.1 408");
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1.9), "not within the 2 s grace period");
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before);
        var retried = await api.ClientWithKey(DemoKeys.Nairobi).PlaceOrderAsync(order, idempotencyKey);
        retried.StatusCode.ShouldBe(HttpStatusCode.Created, "the key was never claimed, so the retry places the order");
    }

    [Fact]
    public async Task A_request_running_past_the_time_limit_is_a_503_problem_and_its_retry_places_the_order_once()
    {
        var (idempotencyKey, order) = (Guid.NewGuid().ToString(), NewOrder());
        var client = api.ClientWithKey(DemoKeys.Nairobi);
        var before = await OrderTableCounts.ReadAsync(api.Database);
        HttpResponseMessage stopped;
        // Holding this process's write turn keeps the order waiting until the 1 s limit stops it.
        using (await api.Services.GetRequiredService<IDbConnectionFactory>().TakeWriteTurnAsync(Cancel))
        {
            stopped = await client.PlaceOrderAsync(order, idempotencyKey);
        }

        var problem = await stopped.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("type").GetString().ShouldBe(RequestTimeoutType);
        problem.GetProperty("detail").GetString()!.ShouldContain("ServerLimits:RequestTimeout");
        (await OrderTableCounts.ReadAsync(api.Database)).ShouldBe(before);

        var retried = await client.PlaceOrderAsync(order, idempotencyKey);
        var replayed = await client.PlaceOrderAsync(order, idempotencyKey);

        retried.StatusCode.ShouldBe(HttpStatusCode.Created, await retried.Content.ReadAsStringAsync(Cancel));
        replayed.StatusCode.ShouldBe(HttpStatusCode.Created);
        replayed.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await OrderTableCounts.ReadAsync(api.Database)).Orders.ShouldBe(before.Orders + 1);
    }

    [Fact]
    public async Task A_request_line_over_8_KiB_is_a_414_and_headers_over_32_KiB_a_431()
    {
        using var longLine = await ConnectAsync();
        await longLine.WriteAsync($"GET /v1/products?q={new string('a', 8 * 1024)} HTTP/1.1\r\nHost: {api.BaseAddress.Authority}\r\n\r\n");
        using var bigHeaders = await ConnectAsync();
        await bigHeaders.WriteAsync($"GET /v1/currencies HTTP/1.1\r\nHost: {api.BaseAddress.Authority}\r\nX-Padding: {new string('a', 32 * 1024)}\r\n\r\n");

        (await longLine.ReadToEndAsync(TimeSpan.FromSeconds(10))).ShouldStartWith("HTTP/1.1 414");
        (await bigHeaders.ReadToEndAsync(TimeSpan.FromSeconds(10))).ShouldStartWith("HTTP/1.1 431");
    }

    [Theory]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xC3, 0xA9 }, "UTF-8")]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xE9 }, "Latin-1")]
    public async Task A_header_value_outside_ascii_reaches_the_app_and_gets_its_answer(byte[] value, string encoding)
    {
        _ = encoding;
        using var plain = await ConnectAsync();
        await plain.WriteAsync($"GET /v1/currencies HTTP/1.1\r\nHost: {api.BaseAddress.Authority}\r\nX-Note: ", value, "\r\nConnection: close\r\n\r\n");
        using var key = await ConnectAsync();
        await key.WriteAsync($"GET /v1/currencies HTTP/1.1\r\nHost: {api.BaseAddress.Authority}\r\nX-Api-Key: bpk_", value, "\r\nConnection: close\r\n\r\n");

        var answered = await plain.ReadToEndAsync(TimeSpan.FromSeconds(10));
        var refused = await key.ReadToEndAsync(TimeSpan.FromSeconds(10));

        answered.ShouldStartWith("HTTP/1.1 200");
        refused.ShouldStartWith("HTTP/1.1 401");
        refused.ShouldContain("Content-Type: application/problem+json");
        refused.ShouldContain("X-Content-Type-Options: nosniff", customMessage: "the app's own headers: the app answered, not Kestrel");
    }

    [Fact]
    public async Task A_nul_in_the_path_is_refused_by_kestrel_before_the_app_as_documented()
    {
        using var connection = await ConnectAsync();
        await connection.WriteAsync($"GET /v1/products/%00 HTTP/1.1\r\nHost: {api.BaseAddress.Authority}\r\n\r\n");

        var answer = await connection.ReadToEndAsync(TimeSpan.FromSeconds(10));

        answer.ShouldStartWith("HTTP/1.1 400");
        answer.ShouldNotContain("application/problem+json", customMessage: "api-docs/errors.md says this one is Kestrel's bare 400");
    }

    [Theory]
    [InlineData("/v1/products/Not_A_Product", HttpStatusCode.BadRequest)]
    [InlineData("/v1/variants/lower-case-sku", HttpStatusCode.BadRequest)]
    [InlineData("/v1/orders/ord_not-an-order-id", HttpStatusCode.NotFound)]
    [InlineData("/v1/webhooks/whk_1", HttpStatusCode.NotFound)]
    public async Task A_path_identifier_that_does_not_match_its_pattern_is_refused_as_documented(string path, HttpStatusCode status)
    {
        var response = await api.ClientWithKey(DemoKeys.Nairobi).GetAsync(path, Cancel);

        await response.ShouldBeProblemAsync(status);
    }

    [Fact]
    public async Task Reads_well_within_the_limit_are_answered_as_usual()
    {
        var response = await api.CreateClient().GetAsync("/v1/products?limit=100", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<RawConnection> ConnectAsync()
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, api.BaseAddress.Port, Cancel);
        return new RawConnection(tcp);
    }

    /// <summary>A socket speaking HTTP/1.1 by hand, to be as slow as a test needs.</summary>
    private sealed class RawConnection(TcpClient tcp) : IDisposable
    {
        private readonly NetworkStream _stream = tcp.GetStream();

        public Task WriteAsync(string text) => _stream.WriteAsync(Encoding.UTF8.GetBytes(text), Cancel).AsTask();

        /// <summary>Writes raw bytes between two ASCII parts: a header value exactly as a client's bytes.</summary>
        public Task WriteAsync(string before, byte[] raw, string after) =>
            _stream.WriteAsync((byte[])[.. Encoding.ASCII.GetBytes(before), .. raw, .. Encoding.ASCII.GetBytes(after)], Cancel).AsTask();

        public async Task<string> ReadSomeAsync()
        {
            var buffer = new byte[64 * 1024];
            var read = await _stream.ReadAsync(buffer, Cancel);
            return Encoding.UTF8.GetString(buffer, 0, read);
        }

        /// <summary>Everything the server sends until it closes the connection, which must happen within <paramref name="limit"/>.</summary>
        public async Task<string> ReadToEndAsync(TimeSpan limit)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            timeout.CancelAfter(limit);
            var text = new StringBuilder();
            var buffer = new byte[64 * 1024];
            try
            {
                int read;
                while ((read = await _stream.ReadAsync(buffer, timeout.Token)) > 0)
                {
                    text.Append(Encoding.UTF8.GetString(buffer, 0, read));
                }
            }
            catch (IOException)
            {
                // A reset is also the server closing the connection.
            }
            catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
            {
                throw new ShouldAssertException($"The server kept the connection open for over {limit.TotalSeconds} s; it sent: {text}");
            }

            return text.ToString();
        }

        public void Dispose()
        {
            _stream.Dispose();
            tcp.Dispose();
        }
    }
}
