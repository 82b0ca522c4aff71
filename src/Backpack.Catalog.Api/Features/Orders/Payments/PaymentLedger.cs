using System.Globalization;
using Backpack.Catalog.Api.Features.Payments;

namespace Backpack.Catalog.Api.Features.Orders.Payments;

/// <summary>
/// What an order owes under its terms, in minor units of its currency: the deposit (its percentage of the total, rounded half away from
/// zero) due on confirmation, the balance due as the terms say, what was paid and what is outstanding, and when the balance falls due.
/// </summary>
public sealed record PaymentLedger(PaymentTerms Terms, long TotalMinor, long DepositMinor, long PaidMinor, DateOnly? DepositDueOn, DateOnly BalanceDueOn)
{
    public long BalanceMinor => TotalMinor - DepositMinor;

    public long OutstandingMinor => TotalMinor - PaidMinor;

    public long DepositOutstandingMinor => Math.Max(0, DepositMinor - PaidMinor);

    /// <param name="shipments">When given, the ship day is the day the shipment that took the last of the goods departed (as recorded), not the
    /// day its departure was entered.</param>
    public static PaymentLedger Of(
        OrderRow order, IReadOnlyList<PaymentRow> payments, IReadOnlyList<StatusChangeRow> history, IReadOnlyList<Shipments.ShipmentRow>? shipments = null)
    {
        var terms = order.Terms;
        var total = order.TotalMinor;
        var deposit = (long)decimal.Round(total * terms.DepositPercent / 100m, 0, MidpointRounding.AwayFromZero);
        var confirmed = history.FirstOrDefault(h => h.ToStatus == OrderStatus.Confirmed && h.FromStatus != OrderStatus.Confirmed);
        var shipped = history.FirstOrDefault(h => h.ToStatus == OrderStatus.Shipped && h.FromStatus != OrderStatus.Shipped);
        // Until the goods ship, the promised ship date stands in for the day they do.
        var departed = shipped?.Shipment is { } last ? shipments?.FirstOrDefault(s => s.Number == last)?.DepartedOn : null;
        var shipDay = shipped is null ? DateOnly.Parse(order.PromisedShipDate, CultureInfo.InvariantCulture)
            : departed is not null ? DateOnly.Parse(departed, CultureInfo.InvariantCulture)
            : DayOf(shipped.AtMs);
        return new PaymentLedger(terms, total, deposit, payments.Sum(p => p.AmountMinor), confirmed is null ? null : DayOf(confirmed.AtMs),
            terms.BalanceDue == BalanceDue.AfterShipment ? shipDay.AddDays(terms.BalanceDays ?? 0) : shipDay);
    }

    private static DateOnly DayOf(long ms) => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime);
}
