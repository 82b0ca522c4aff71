using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Backpack.Catalog.IntegrationTests.Stubs;

/// <summary>The supplier's ERP (api-docs/erp-integration.md) in each state the tests put it in.</summary>
public static class ErpStubs
{
    private const string OrderKey = "^ord_[0-9a-f]{32}$";
    private const string StatusChangeKey = "^ord_[0-9a-f]{32}:[0-9]+$";

    public static void Healthy(WireMockServer erp)
    {
        erp.Given(NewSalesOrder()).RespondWith(Accepted());
        erp.Given(StatusChange()).RespondWith(Response.Create().WithStatusCode(202));
    }

    /// <summary>Healthy, but every answer takes 25 ms.</summary>
    public static void HealthySlow(WireMockServer erp)
    {
        erp.Given(NewSalesOrder()).RespondWith(Accepted().WithDelay(25));
        erp.Given(StatusChange()).RespondWith(Response.Create().WithStatusCode(202).WithDelay(25));
    }

    /// <summary>Has every order already: 409 with its reference.</summary>
    public static void AlreadyHasIt(WireMockServer erp)
    {
        erp.Given(NewSalesOrder()).RespondWith(Response.Create().WithStatusCode(409)
            .WithHeader("Content-Type", "application/json").WithBodyAsJson(new { erpReference = "SO-EXISTING-1", detail = "Order already received." }));
        erp.Given(StatusChange()).RespondWith(Response.Create().WithStatusCode(202));
    }

    public static void Error500(WireMockServer erp) =>
        erp.Given(AnySalesOrderPost()).RespondWith(Response.Create().WithStatusCode(500).WithBody("ERP maintenance"));

    public static void Unavailable503(WireMockServer erp) =>
        erp.Given(AnySalesOrderPost()).RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));

    /// <summary>Refuses every order for good (422); status changes are accepted.</summary>
    public static void RejectsOrders(WireMockServer erp)
    {
        erp.Given(NewSalesOrder()).RespondWith(Response.Create().WithStatusCode(422)
            .WithHeader("Content-Type", "application/json").WithBodyAsJson(new { detail = "Ship-to country not served." }));
        erp.Given(StatusChange()).RespondWith(Response.Create().WithStatusCode(202));
    }

    /// <summary>Fails three orders in seven, one each way, round and round: 201, 500, 201, 201, reset, 201, 201 after 1.5 s.</summary>
    public static void Flaky(WireMockServer erp)
    {
        IResponseBuilder[] cycle =
        [
            Accepted(),
            Response.Create().WithStatusCode(500),
            Accepted(),
            Accepted(),
            ConnectionReset(),
            Accepted(),
            Accepted().WithDelay(1500),
        ];
        for (var step = 0; step < cycle.Length; step++)
        {
            // The last step sets no state, so the scenario starts over.
            var mapping = erp.Given(NewSalesOrder()).InScenario("flaky");
            mapping = step == 0 ? mapping : mapping.WhenStateIs($"s{step}");
            mapping = step == cycle.Length - 1 ? mapping : mapping.WillSetStateTo($"s{step + 1}");
            mapping.RespondWith(cycle[step]);
        }

        erp.Given(StatusChange()).RespondWith(Response.Create().WithStatusCode(202));
    }

    /// <summary>The first order's connection is reset; from then on it is healthy.</summary>
    public static void ResetOnceThenHealthy(WireMockServer erp) => OnceThenHealthy(erp, ConnectionReset());

    /// <summary>The first order is answered after 2 s; from then on it is healthy.</summary>
    public static void SlowOnceThenHealthy(WireMockServer erp) => OnceThenHealthy(erp, Accepted().WithDelay(2000));

    private static void OnceThenHealthy(WireMockServer erp, IResponseBuilder first)
    {
        erp.Given(NewSalesOrder()).InScenario("first-call").WillSetStateTo("served").RespondWith(first);
        erp.Given(NewSalesOrder()).InScenario("first-call").WhenStateIs("served").WillSetStateTo("served").RespondWith(Accepted());
        erp.Given(StatusChange()).RespondWith(Response.Create().WithStatusCode(202));
    }

    private static IRequestBuilder NewSalesOrder() =>
        Request.Create().UsingPost().WithPath("/v1/sales-orders").WithHeader("Idempotency-Key", new RegexMatcher(OrderKey));

    private static IRequestBuilder StatusChange() =>
        Request.Create().UsingPost().WithPath(new RegexMatcher("^/v1/sales-orders/ord_[0-9a-f]{32}/status-changes$"))
            .WithHeader("Idempotency-Key", new RegexMatcher(StatusChangeKey));

    private static IRequestBuilder AnySalesOrderPost() =>
        Request.Create().UsingPost().WithPath(new RegexMatcher("^/v1/sales-orders(/.*)?$"));

    /// <summary>201 with an ERP reference made from the order's id.</summary>
    private static IResponseBuilder Accepted() =>
        Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(ReferenceFor);

    private static string ReferenceFor(IRequestMessage request)
    {
        using var order = JsonDocument.Parse(request.Body ?? "{}");
        return JsonSerializer.Serialize(new { erpReference = $"SO-{order.RootElement.GetProperty("id").GetString()}" });
    }

    private static IResponseBuilder ConnectionReset() =>
        Response.Create().WithStatusCode(200).WithHeader(StubFaults.Header, StubFaults.ConnectionReset);
}
