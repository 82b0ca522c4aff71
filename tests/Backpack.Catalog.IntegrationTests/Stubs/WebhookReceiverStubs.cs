using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Backpack.Catalog.IntegrationTests.Stubs;

/// <summary>Distributors' webhook receivers: /hooks/flaky fails twice then recovers, /hooks/down is 503, /hooks/moved redirects, any other /hooks/… is 200.</summary>
public static class WebhookReceiverStubs
{
    public static void Receivers(WireMockServer receivers)
    {
        receivers.Given(Post("/hooks/flaky")).AtPriority(1).InScenario("flaky receiver").WillSetStateTo("failed once")
            .RespondWith(Response.Create().WithStatusCode(500));
        receivers.Given(Post("/hooks/flaky")).AtPriority(1).InScenario("flaky receiver").WhenStateIs("failed once").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(500));
        receivers.Given(Post("/hooks/flaky")).AtPriority(1).InScenario("flaky receiver").WhenStateIs("recovered").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(200));
        receivers.Given(Post("/hooks/down")).AtPriority(1).RespondWith(Response.Create().WithStatusCode(503));
        receivers.Given(Post("/hooks/moved")).AtPriority(1).RespondWith(Response.Create().WithStatusCode(301).WithHeader("Location", "/hooks/new-home"));
        receivers.Given(Request.Create().UsingPost().WithPath(new RegexMatcher("^/hooks/.*$"))).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBodyAsJson(new { received = true }));
    }

    private static IRequestBuilder Post(string path) => Request.Create().UsingPost().WithPath(path);
}
