using Backpack.Catalog.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Backpack.Catalog.IntegrationTests.Stubs;

/// <summary>The FX rates service (api-docs/fx-rates-service.md) in each state the tests put it in.</summary>
public static class FxStubs
{
    private static readonly object Rates = new
    {
        @base = "USD",
        asOf = "2026-11-21T06:00:00Z",
        rates = new Dictionary<string, decimal>
        {
            ["EUR"] = 0.9m, ["GBP"] = 0.8m, ["AED"] = 3.6725m, ["SAR"] = 3.75m, ["ZAR"] = 18.0m, ["KES"] = 130.0m, ["NGN"] = 1500.0m, ["BRL"] = 5.5m,
        },
    };

    public static void Healthy(WireMockServer fx) => fx.Given(Latest()).RespondWith(RatesAnswer());

    /// <summary>Every answer takes 1.5 s, longer than the tests' attempt timeout.</summary>
    public static void Slow(WireMockServer fx) => fx.Given(Latest()).RespondWith(RatesAnswer().WithDelay(1500));

    public static void Down(WireMockServer fx) =>
        fx.Given(Latest()).RespondWith(Response.Create().WithStatusCode(500).WithBody("upstream failure"));

    public static void ConnectionReset(WireMockServer fx) =>
        fx.Given(Latest()).RespondWith(Response.Create().WithStatusCode(200).WithHeader(StubFaults.Header, StubFaults.ConnectionReset));

    /// <summary>A 200 whose JSON is cut off.</summary>
    public static void Malformed(WireMockServer fx) =>
        fx.Given(Latest()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("{\"base\": \"USD\", \"rates\": "));

    public static void SlowOnceThenHealthy(WireMockServer fx) =>
        InTurn(fx, "slow", RatesAnswer().WithDelay(1500), RatesAnswer());

    public static void ServiceUnavailableTwiceThenHealthy(WireMockServer fx) =>
        InTurn(fx, "flaky", Response.Create().WithStatusCode(503), Response.Create().WithStatusCode(503), RatesAnswer());

    public static void RetryAfterThenHealthy(WireMockServer fx) =>
        InTurn(fx, "busy", Response.Create().WithStatusCode(503).WithHeader("Retry-After", "1"), RatesAnswer());

    /// <summary>Asks for two minutes' patience, then answers.</summary>
    public static void LongRetryAfterThenHealthy(WireMockServer fx) =>
        InTurn(fx, "very busy", Response.Create().WithStatusCode(503).WithHeader("Retry-After", "120"), RatesAnswer());

    /// <summary>Answers in the order given, then keeps giving the last answer.</summary>
    private static void InTurn(WireMockServer fx, string scenario, params IResponseBuilder[] answers)
    {
        for (var turn = 0; turn < answers.Length; turn++)
        {
            var mapping = fx.Given(Latest()).InScenario(scenario);
            mapping = turn == 0 ? mapping : mapping.WhenStateIs($"turn {turn}");
            // The last answer sets its own state again: a mapping that sets none would start the scenario over.
            mapping.WillSetStateTo($"turn {Math.Min(turn + 1, answers.Length - 1)}").RespondWith(answers[turn]);
        }
    }

    private static IRequestBuilder Latest() => Request.Create().UsingGet().WithPath("/v1/latest").WithParam("base", "USD");

    private static IResponseBuilder RatesAnswer() => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBodyAsJson(Rates);
}
