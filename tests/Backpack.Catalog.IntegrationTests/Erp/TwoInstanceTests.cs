using Backpack.Catalog.Api.Features.Orders.Delivery;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Stubs;
using Backpack.Catalog.IntegrationTests.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Erp;

/// <summary>Two app instances on one database, as behind a load balancer: each message is sent by one of them, once.</summary>
[Collection(RunsAlone.Name)]
public sealed class TwoInstanceTests(WireMockFixture erp) : IClassFixture<WireMockFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_dispatchers_on_one_database_deliver_every_message_once_and_each_order_in_order()
    {
        await erp.UseAsync(ErpStubs.HealthySlow);
        await using var database = await TestDatabase.CreateAsync();
        // No answer is lost here, so a second request for a message could only come from a double claim.
        await using var first = await ErpApiFactory.StartAsync(erp.BaseUrl, database);
        await using var second = await ErpApiFactory.StartAsync(erp.BaseUrl, database);
        var admin = await first.AdminClientAsync();

        var placing = Enumerable.Range(0, 30).Select(async i =>
        {
            var host = i % 2 == 0 ? first : second;
            var order = await host.ClientWithKey(DemoKeys.Alpen).PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, $"PO-TWO-HOSTS-{i}"));
            await admin.MoveAsync(order.Id, "confirmed");
            return order.Id;
        });
        var orderIds = await Task.WhenAll(placing);

        var rows = await ErpOutbox.WaitUntilAllDeliveredAsync(database, messages: 60, within: TimeSpan.FromSeconds(30));
        var journal = await erp.RequestsAsync(ErpOutbox.SalesOrders);

        journal.Count.ShouldBe(60, "no message went out twice");
        foreach (var orderId in orderIds)
        {
            journal.Where(r => r.Header("Idempotency-Key")!.StartsWith(orderId, StringComparison.Ordinal)).Select(r => r.Header("Idempotency-Key"))
                .ShouldBe([orderId, $"{orderId}:2"], $"{orderId}: placed once, then confirmed once");
        }

        TestContext.Current.SendDiagnosticMessage($"Deliveries per instance: {string.Join(", ", rows.GroupBy(r => r.LeaseOwner).Select(g => g.Count()))}");
    }

    [Fact]
    public async Task Concurrent_claims_from_two_instances_never_hold_the_same_message()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var first = new CatalogueApiFactory { ExternalDatabase = database };
        await first.InitializeAsync();
        await using var second = new CatalogueApiFactory { ExternalDatabase = database };
        await second.InitializeAsync();
        var nairobi = first.ClientWithKey(DemoKeys.Nairobi);
        for (var i = 0; i < 40; i++)
        {
            await nairobi.PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100, $"PO-CLAIM-{i}"));
        }

        var stores = new[] { first, second }.Select(h => h.Services.GetRequiredService<OutboxStore>()).ToArray();
        var nowMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var start = new TaskCompletionSource();
        var claimers = Enumerable.Range(0, 8).Select(n => Task.Run(async () =>
        {
            var claimed = new List<string>();
            await start.Task;
            while (true)
            {
                var batch = await stores[n % 2].ClaimAsync($"claimer-{n}", batchSize: 1, nowMs, nowMs + 60_000, Cancellation);
                if (batch.Count == 0)
                {
                    return claimed;
                }

                claimed.AddRange(batch.Select(c => c.Message.MessageId));
                // A dispatcher delivers between claims, which gives the others their turn at the lock.
                await Task.Delay(2, Cancellation);
            }
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(claimers);

        var all = results.SelectMany(r => r).ToList();
        all.Count.ShouldBe(40, "every due message was claimed");
        all.Distinct().Count().ShouldBe(40, "and none by two claimers");
        results.Count(r => r.Count > 0).ShouldBeGreaterThan(1, "the claimers really competed");
    }
}
