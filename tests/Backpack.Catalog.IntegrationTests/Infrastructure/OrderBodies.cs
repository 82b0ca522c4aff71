namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>Order request bodies as a distributor's system would send them (anonymous objects, camelCase on the wire).</summary>
public static class OrderBodies
{
    public static object ShipToNairobi => new { name = "Nairobi Outfitters Ltd", addressLine1 = "Godown 14, Mombasa Road", city = "Nairobi", postalCode = "00500", country = "KE" };

    /// <summary>
    /// An order for <paramref name="lines"/> given as (sku, quantity) pairs; other fields optional. Without a buyerReference each
    /// body gets its own purchase order number, as each real order has (a repeated one is 409 duplicate-buyer-reference).
    /// </summary>
    public static object Order(IEnumerable<(string Sku, int Quantity)> lines, string? buyerReference = null, string? currency = null,
        object? incoterm = null, string? quoteId = null, string? requestedDeliveryDate = null, string? notes = null) => new
        {
            buyerReference = buyerReference ?? $"PO-TEST-{Guid.NewGuid():N}",
            lines = lines.Select(l => new { sku = l.Sku, quantity = l.Quantity }).ToArray(),
            currency,
            incoterm,
            shipTo = ShipToNairobi,
            requestedDeliveryDate,
            quoteId,
            notes,
        };

    public static object Order(string sku, int quantity, string? buyerReference = null, string? currency = null) =>
        Order([(sku, quantity)], buyerReference, currency);
}

/// <summary>Row counts of every table an order request may write, to prove a rejected request wrote nothing.</summary>
public sealed record OrderTableCounts(long Orders, long Lines, long History, long IdempotencyKeys, long Quotes, long StockReserved, long OutboxMessages)
{
    public static async Task<OrderTableCounts> ReadAsync(TestDatabase database) => new(
        await database.ScalarAsync<long>("SELECT COUNT(*) FROM orders"),
        await database.ScalarAsync<long>("SELECT COUNT(*) FROM order_lines"),
        await database.ScalarAsync<long>("SELECT COUNT(*) FROM order_status_history"),
        await database.ScalarAsync<long>("SELECT COUNT(*) FROM idempotency_keys"),
        await database.ScalarAsync<long>("SELECT COUNT(*) FROM quotes"),
        await database.ScalarAsync<long>("SELECT COALESCE(SUM(stock_reserved), 0) FROM variants"),
        await database.ScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages"));
}
