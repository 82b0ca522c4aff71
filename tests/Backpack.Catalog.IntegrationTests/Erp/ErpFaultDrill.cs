using System.Diagnostics;
using System.Globalization;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Stubs;
using Backpack.Catalog.IntegrationTests.Orders;

namespace Backpack.Catalog.IntegrationTests.Erp;

/// <summary>
/// The fault drill: orders pour in while the ERP fails three calls in seven, one each way (500, connection reset, an
/// answer slower than the client waits), and is down outright (503) for a stretch; then it recovers and the outbox drains. Prints
/// the figures and fails unless every order reached the ERP and nothing is left undelivered or dead.
/// Size with BACKPACK_DRILL_ORDERS (default 1000); scripts/erp-fault-drill.sh runs it alone and prints the figures.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class ErpFaultDrill(WireMockFixture erp) : IClassFixture<WireMockFixture>
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    /// <summary>Production's shape on a shorter clock: polls every 250 ms, backoff to 2 s, a breaker that opens when half of 20 calls fail.</summary>
    private static readonly Dictionary<string, string> DrillSettings = new()
    {
        ["Erp:PollInterval"] = "00:00:00.250",
        ["Erp:BackoffFirst"] = "00:00:00.200",
        ["Erp:BackoffMax"] = "00:00:02",
        ["Erp:Resilience:BreakerMinimumThroughput"] = "20",
        ["Erp:Resilience:BreakerFailureRatio"] = "0.5",
        ["Erp:Resilience:BreakerSamplingDuration"] = "00:00:05",
        ["Erp:Resilience:BreakerBreakDuration"] = "00:00:01",
    };

    private static int Orders => int.TryParse(Environment.GetEnvironmentVariable("BACKPACK_DRILL_ORDERS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1000;

    /// <summary>
    /// Slow enough that the client may have stopped waiting: WireMock.s timing starts when it has read the request, the
    /// client's before it sends, so an answer a little under the timeout can still be lost. Healthy answers take a few ms.
    /// </summary>
    private static bool IsSlow(WireMockFixture.LoggedRequest request) => request.TookMs >= AttemptTimeout.TotalMilliseconds / 2;

    /// <summary>Takes the ERP down for <see cref="Outage"/>, then brings back the flaky one; returns what was waiting by then.</summary>
    private async Task<int> OutageAsync(TestDatabase database, CancellationToken cancellation)
    {
        await erp.SwitchToAsync(ErpStubs.Unavailable503);
        await Task.Delay(Outage, cancellation);
        var waiting = (await ErpOutbox.RowsAsync(database)).Count(r => r.State == "pending");
        await erp.SwitchToAsync(ErpStubs.Flaky);
        return waiting;
    }

    private static int Percentile(IReadOnlyList<WireMockFixture.LoggedRequest> journal, double p) =>
        journal.Count == 0 ? 0 : journal.Select(r => r.TookMs).Order().ElementAt((int)Math.Min(journal.Count - 1, Math.Floor(p * journal.Count)));

    [Fact]
    public async Task Orders_placed_through_a_flaky_and_then_absent_erp_all_arrive_once_it_recovers()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await erp.UseAsync(ErpStubs.Flaky);
        await using var api = await ErpApiFactory.StartAsync(erp.BaseUrl, attemptTimeout: AttemptTimeout, settings: DrillSettings);
        var clients = new[] { DemoKeys.Nairobi, DemoKeys.Alpen }.Select(api.ClientWithKey).ToArray();
        var clock = Stopwatch.StartNew();

        var placed = new List<string>();
        var outageAt = Orders / 3;
        Task<int>? outage = null;
        for (var start = 0; start < Orders; start += 10)
        {
            if (start <= outageAt && outageAt < start + 10)
            {
                outage = OutageAsync(api.Database, cancellation);
            }

            var batch = Enumerable.Range(start, Math.Min(10, Orders - start)).Select(async i =>
                (await clients[i % 2].PlaceValidOrderAsync(OrderBodies.Order(i % 3 == 0 ? "CL-METRO9-NVY" : "CL-METRO9-BLK", 100, $"PO-DRILL-{i}"))).Id);
            placed.AddRange(await Task.WhenAll(batch));
        }

        var placingTook = clock.Elapsed;
        var waitingAfterOutage = await outage!;
        var before = await ErpOutbox.RowsAsync(api.Database);
        await erp.SwitchToAsync(ErpStubs.Healthy);
        var recovered = Stopwatch.StartNew();
        var after = await ErpOutbox.WaitForAsync(api.Database, rows => rows.TrueForAll(r => r.State != "pending"), TimeSpan.FromMinutes(2), "the outbox to drain");
        var drain = recovered.Elapsed;

        var journal = await erp.RequestsAsync(ErpOutbox.SalesOrders);
        var accepted = journal.Where(r => r.Status == 201 && !r.Fault).GroupBy(r => r.Header("Idempotency-Key")!).ToDictionary(g => g.Key, g => g.ToList());
        var lost = placed.Where(id => !accepted.ContainsKey(id)).ToList();
        var duplicates = accepted.Values.Sum(a => a.Count - 1);
        // The dispatcher stops sending a message once it has recorded the ERP's acceptance, so a duplicate can only be a
        // retry of a request whose answer it never got. Proof: no request reached the ERP after its message was recorded.
        var deliveredAt = after.Where(r => r.EventType == "order.placed").ToDictionary(r => r.OrderId, r => r.DeliveredAtMs!.Value);
        var sentAfterDelivery = journal.Count(r => r.LoggedAt.ToUnixTimeMilliseconds() > deliveredAt[r.Header("Idempotency-Key")!]);
        var dead = after.Count(r => r.State == "dead");

        var figures = string.Join(Environment.NewLine,
            "ERP fault drill",
            $"  orders placed                      {placed.Count} in {placingTook.TotalSeconds:0.0} s",
            $"  ERP requests (all answers)         {journal.Count}: {string.Join(", ", journal.GroupBy(r => r.Fault ? "reset" : r.Status.ToString(CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()}× {g.Key}"))}",
            $"  answers slower than the client's   {journal.Count(IsSlow)} (timeout {AttemptTimeout.TotalMilliseconds:0} ms)",
            $"  ERP answer time, median / p99      {Percentile(journal, 0.5)} / {Percentile(journal, 0.99)} ms",
            $"  undelivered as the outage ended    {waitingAfterOutage} ({Outage.TotalSeconds:0} s of 503 while orders kept coming)",
            $"  undelivered when the ERP recovered {before.Count(r => r.State == "pending")} (flaky until placing ended, then healthy)",
            $"  delivered                          {after.Count(r => r.State == "delivered")} of {after.Count} messages; {placed.Count - lost.Count} of {placed.Count} orders accepted by the ERP",
            $"  lost                               {lost.Count}",
            $"  duplicate deliveries seen by ERP   {duplicates}, all before the ERP's acceptance reached us ({sentAfterDelivery} after)",
            $"  dead letters                       {dead}",
            $"  time to drain after recovery       {drain.TotalMilliseconds:0} ms");
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        Console.WriteLine(figures);

        lost.ShouldBeEmpty("every order reaches the ERP");
        dead.ShouldBe(0);
        after.ShouldAllBe(r => r.State == "delivered");
        waitingAfterOutage.ShouldBeGreaterThan(0, "the outage really left orders waiting");
        sentAfterDelivery.ShouldBe(0, "a duplicate only follows an answer that was lost, never a recorded delivery");
        journal.ShouldAllBe(r => placed.Contains(r.Header("Idempotency-Key")!), "every request is identified by one of our order ids");
    }
}
