using System.Data.Common;
using System.Globalization;
using Backpack.Catalog.Api.Features.Payments;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Payments;

/// <summary>An open account's credit as an order would leave it, in USD: the limit, what its other open orders owe, the headroom, this order.</summary>
public sealed record CreditCheck(Money Limit, Money Exposure, Money Headroom, Money Order);

/// <summary>
/// The credit limit of an open account: what its orders still owe (every order not cancelled or rejected, less what was paid on it; orders
/// placed before payments were recorded are left out, having none),
/// each converted to USD at the rate it was placed at, plus the new order, may not pass the limit.
/// </summary>
public static class CreditLimit
{
    private const string SelectOwed = """
        SELECT o.currency, o.fx_rate, o.subtotal_minor + o.charges_minor + o.inspection_fee_minor AS total_minor,
          COALESCE((SELECT SUM(p.amount_minor) FROM order_payments p WHERE p.order_id = o.order_id), 0) AS paid_minor
        FROM orders o
        WHERE o.distributor_id = @DistributorId AND o.order_id <> @OrderId AND o.status NOT IN ('cancelled', 'rejected')
          AND o.payment_terms_json IS NOT NULL;
        """;

    // Taking the account's row first makes two placements on one open account add up one after the other, on any isolation level.
    private const string LockAccount = "UPDATE distributors SET updated_at_ms = updated_at_ms WHERE distributor_id = @DistributorId;";

    private sealed class Owed
    {
        public string Currency { get; init; } = "";
        public string FxRate { get; init; } = "1";
        public long TotalMinor { get; init; }
        public long PaidMinor { get; init; }
    }

    /// <summary>The check when <paramref name="order"/> would pass its open account's limit; null when it stays within it or the terms set none.</summary>
    public static async Task<CreditCheck?> ExceededAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, OrderRow order)
    {
        if (order.Terms is not { Method: PaymentMethods.OpenAccount, CreditLimitUsdCents: { } limitCents })
        {
            return null;
        }

        if (transaction is not null)
        {
            await connection.ExecuteAsync(sql.Render(LockAccount), new { order.DistributorId }, transaction);
        }

        var owed = await connection.QueryAsync<Owed>(sql.Render(SelectOwed), new { order.DistributorId, order.OrderId }, transaction);
        var exposure = decimal.Round(owed.Sum(o => Usd(o.TotalMinor - o.PaidMinor, o.Currency, o.FxRate)), 2, MidpointRounding.AwayFromZero);
        var total = decimal.Round(Usd(order.TotalMinor, order.Currency, order.FxRate), 2, MidpointRounding.AwayFromZero);
        var limit = Money.FromUsdCents(limitCents).Amount;
        return exposure + total <= limit
            ? null
            : new CreditCheck(Money.FromUsdCents(limitCents), new Money(exposure, Money.BaseCurrency), new Money(Math.Max(0m, limit - exposure), Money.BaseCurrency),
                new Money(total, Money.BaseCurrency));
    }

    private static decimal Usd(long minor, string currency, string rate) =>
        Money.FromMinor(minor, Currencies.ByCode[currency]).Amount / decimal.Parse(rate, CultureInfo.InvariantCulture);
}
