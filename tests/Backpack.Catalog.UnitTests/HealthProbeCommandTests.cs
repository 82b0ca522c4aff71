using System.Net;
using Backpack.Catalog.Api.Infrastructure.Health;

namespace Backpack.Catalog.UnitTests;

public sealed class HealthProbeCommandTests
{
    [Theory]
    [InlineData(HttpStatusCode.OK, 0)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 1)]
    [InlineData(HttpStatusCode.NotFound, 1)]
    public async Task Exit_code_follows_the_liveness_answer(HttpStatusCode status, int exitCode)
    {
        using var client = new HttpClient(new Answering(_ => new HttpResponseMessage(status)));
        (await HealthProbeCommand.RunAsync(client, new Uri("http://127.0.0.1:8080/health/live"), TestContext.Current.CancellationToken))
            .ShouldBe(exitCode);
    }

    [Fact]
    public async Task An_unreachable_app_is_unhealthy()
    {
        using var client = new HttpClient(new Answering(_ => throw new HttpRequestException("refused")));
        (await HealthProbeCommand.RunAsync(client, new Uri("http://127.0.0.1:8080/health/live"), TestContext.Current.CancellationToken))
            .ShouldBe(1);
    }

    private sealed class Answering(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
