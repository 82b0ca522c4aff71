using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Admin.Erp.GetOutboxSummary;
using Backpack.Catalog.Api.Features.Admin.Orders.GetAdminOrder;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Dapper;

namespace Backpack.Catalog.IntegrationTests.Erp;

/// <summary>Reading the outbox the way an operator would (admin endpoints) and the way only a test can (its rows).</summary>
internal static class ErpOutbox
{
    public const string SalesOrders = "/v1/sales-orders";

    public sealed class Row
    {
        public string MessageId { get; init; } = "";
        public string OrderId { get; init; } = "";
        public int Sequence { get; init; }
        public string EventType { get; init; } = "";
        public string State { get; init; } = "";
        public int Attempts { get; init; }
        public string? LastError { get; init; }
        public string? ErpReference { get; init; }
        public string? LeaseOwner { get; init; }
        public long? DeliveredAtMs { get; init; }
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<List<Row>> RowsAsync(TestDatabase database)
    {
        await using var connection = await database.Connections().OpenAsync(Cancellation);
        return (await connection.QueryAsync<Row>(
            "SELECT message_id, order_id, sequence, event_type, state, attempts, last_error, erp_reference, lease_owner, delivered_at_ms FROM outbox_messages ORDER BY order_id, sequence")).AsList();
    }

    public static async Task<OutboxSummaryResponse> SummaryAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<OutboxSummaryResponse>("/v1/admin/erp/outbox", HttpAssertions.Json, Cancellation))!;

    public static async Task<AdminOrderResponse> AdminOrderAsync(HttpClient admin, string orderId) =>
        await (await admin.GetAsync($"/v1/admin/orders/{orderId}", Cancellation)).ShouldBeJsonAsync<AdminOrderResponse>();

    /// <summary>Polls the outbox until <paramref name="done"/> holds, failing with the last rows seen after <paramref name="within"/>.</summary>
    public static async Task<List<Row>> WaitForAsync(TestDatabase database, Func<List<Row>, bool> done, TimeSpan within, string what)
    {
        var rows = await Eventually.ReadAsync(() => RowsAsync(database), done, within);
        return done(rows) ? rows : throw new ShouldAssertException($"Waited {within.TotalSeconds:0} s for {what}; the outbox has " +
            string.Join(", ", rows.GroupBy(r => r.State).Select(g => $"{g.Count()} {g.Key}")) +
            $". Last errors: {string.Join(" | ", rows.Select(r => r.LastError).OfType<string>().Distinct().Take(3))}");
    }

    public static Task<List<Row>> WaitUntilAllDeliveredAsync(TestDatabase database, int messages, TimeSpan? within = null) =>
        WaitForAsync(database, rows => rows.Count == messages && rows.TrueForAll(r => r.State == "delivered"), within ?? TimeSpan.FromSeconds(20),
            $"all {messages} messages to be delivered");
}
