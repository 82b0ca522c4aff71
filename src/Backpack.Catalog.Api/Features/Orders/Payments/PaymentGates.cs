using System.Data.Common;
using System.Globalization;
using Backpack.Catalog.Api.Features.Payments;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Payments;

/// <summary>One thing a transition waits for: deposit, balance, letter-of-credit, letter-of-credit-expired or letter-of-credit-amount.</summary>
/// <param name="Outstanding">For a payment: what is still to be received.</param>
public sealed record MissingPayment(string Requirement, string Detail, Money? Outstanding);

/// <summary>The goods (with their customisation) that will have departed once a shipment goes, out of the order's.</summary>
public sealed record ShippedShare(long ShippedMinor, long OrderMinor)
{
    public bool IsAll => ShippedMinor >= OrderMinor;

    public string Percent => (OrderMinor == 0 ? 100m : decimal.Round(100m * ShippedMinor / OrderMinor, 1, MidpointRounding.AwayFromZero))
        .ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The deposit and the balance's share in step with the goods; the whole total with the last of them.</summary>
    public long DueMinor(PaymentLedger ledger) => IsAll
        ? ledger.TotalMinor
        : ledger.DepositMinor + (long)decimal.Round((decimal)ledger.BalanceMinor * ShippedMinor / OrderMinor, 0, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The money facts a transition needs, from the order's own terms: work starts (confirmed → in_production or ready_to_ship) when the
/// deposit has arrived, and for L/C when a valid letter covers the order; each shipment departs when the balance has arrived in step with
/// the goods it takes, if it is due before shipment, and for L/C while the letter is still valid. A letter amended on the account under the same number (extended, or
/// raised) counts as amended for the orders placed under it.
/// </summary>
public static class PaymentGates
{
    public static readonly IReadOnlyList<string> Requirements =
        ["deposit", "balance", "letter-of-credit", "letter-of-credit-expired", "letter-of-credit-amount"];

    private const string SelectAccountTerms = "SELECT terms_json FROM distributors WHERE distributor_id = @DistributorId;";

    /// <summary>What starting work (confirmed → in_production or ready_to_ship) waits for; nothing for any other move.</summary>
    public static async Task<IReadOnlyList<MissingPayment>> MissingAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, OrderRow order, string toStatus, DateOnly today) =>
        order.Status == OrderStatus.Confirmed && toStatus is OrderStatus.InProduction or OrderStatus.ReadyToShip
            ? await MissingForAsync(connection, transaction, sql, order, null, today)
            : [];

    /// <summary>What a shipment's departure waits for, when it takes the goods shipped to <paramref name="share"/> of the order's.</summary>
    public static Task<IReadOnlyList<MissingPayment>> MissingToShipAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, OrderRow order, ShippedShare share, DateOnly today) =>
        MissingForAsync(connection, transaction, sql, order, share, today);

    private static async Task<IReadOnlyList<MissingPayment>> MissingForAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, OrderRow order, ShippedShare? shipping, DateOnly today)
    {
        // An order placed before payments were recorded has none to show: it is not held to terms it was never tracked against.
        if (order.PaymentTermsJson is null)
        {
            return [];
        }

        var payments = await PaymentStore.OfAsync(connection, transaction, sql, order.OrderId);
        var history = (await connection.QueryAsync<StatusChangeRow>(sql.Render(OrderQueries.SelectHistory), new { order.OrderId }, transaction)).AsList();
        var ledger = PaymentLedger.Of(order, payments, history);
        var account = PaymentTerms.Parse(await connection.ExecuteScalarAsync<string?>(sql.Render(SelectAccountTerms), new { order.DistributorId }, transaction));
        return Missing(order, ledger with { Terms = Amended(ledger.Terms, account) }, shipping, today);
    }

    /// <summary>
    /// An amendment keeps a letter's number: the account's letter of that number, as last recorded, is the one the order holds. An order
    /// placed when the account had no letter takes the one recorded since.
    /// </summary>
    private static PaymentTerms Amended(PaymentTerms placed, PaymentTerms? account) =>
        placed.Method == PaymentMethods.LetterOfCredit && account?.LetterOfCredit is { } current
            && (placed.LetterOfCredit is null || current.Number == placed.LetterOfCredit.Number)
            ? placed with { LetterOfCredit = current }
            : placed;

    /// <summary>What is missing to start work (<paramref name="shipping"/> null) or to let a shipment go.</summary>
    public static IReadOnlyList<MissingPayment> Missing(OrderRow order, PaymentLedger ledger, ShippedShare? shipping, DateOnly today)
    {
        var startsWork = shipping is null;
        var currency = Currencies.ByCode[order.Currency];
        var terms = ledger.Terms;
        var missing = new List<MissingPayment>();
        if (startsWork && ledger.DepositOutstandingMinor > 0)
        {
            missing.Add(new("deposit", $"The {terms.DepositPercent} % deposit of {Text(ledger.DepositMinor, currency)} is due on confirmation; " +
                $"{Text(ledger.PaidMinor, currency)} has been received.", Money.FromMinor(ledger.DepositOutstandingMinor, currency)));
        }

        if (terms.Method == PaymentMethods.LetterOfCredit)
        {
            missing.AddRange(LetterOfCreditProblems(order, ledger, currency, today));
        }
        else if (shipping is { } share && terms.BalanceDue == BalanceDue.BeforeShipment && share.DueMinor(ledger) > ledger.PaidMinor)
        {
            var due = share.DueMinor(ledger);
            missing.Add(new("balance", share.IsAll
                ? $"The terms put the balance before shipment: {Text(ledger.TotalMinor - ledger.PaidMinor, currency)} of {Text(ledger.TotalMinor, currency)} is outstanding."
                : $"The terms put the balance before shipment, shipment by shipment: with this one {share.Percent} % of the goods will have gone, so " +
                  $"{Text(due, currency)} of {Text(ledger.TotalMinor, currency)} must have been received; {Text(ledger.PaidMinor, currency)} has been.",
                Money.FromMinor(due - ledger.PaidMinor, currency)));
        }

        return missing;
    }

    private static IEnumerable<MissingPayment> LetterOfCreditProblems(OrderRow order, PaymentLedger ledger, Currency currency, DateOnly today)
    {
        if (ledger.Terms.LetterOfCredit is not { } lc)
        {
            yield return new("letter-of-credit", "The order is on L/C terms and no letter of credit was recorded on them.", null);
            yield break;
        }

        if (!lc.IsValidOn(today))
        {
            yield return new("letter-of-credit-expired", $"L/C {lc.Number} of {lc.IssuingBank} expired on {lc.ExpiresOn:yyyy-MM-dd}: the buyer's bank " +
                "must extend it by an amendment before the order goes on.", null);
        }

        // The letter pays what the deposit leaves; the deposit, when there is one, is paid as any deposit is.
        var owed = Money.FromMinor(ledger.BalanceMinor, currency).Amount;
        var rate = decimal.Parse(order.FxRate, CultureInfo.InvariantCulture);
        decimal? covered = lc.Currency == currency.Code ? lc.Amount : lc.Currency == Money.BaseCurrency ? lc.Amount * rate : null;
        if (covered is null || covered < owed)
        {
            yield return new("letter-of-credit-amount", covered is null
                ? $"L/C {lc.Number} is in {lc.Currency}; it must be in {currency.Code} or USD to be held against this order."
                : $"L/C {lc.Number} pays at most {lc.Amount.ToString("N2", CultureInfo.InvariantCulture)} {lc.Currency}, less than the " +
                  $"{Text(ledger.BalanceMinor, currency)} it must cover (the order less its deposit).", null);
        }
    }

    /// <summary>An amount as the payment problems and history notes write it, e.g. 1,149.33 USD.</summary>
    public static string Text(long minor, Currency currency) =>
        $"{Money.FromMinor(minor, currency).Amount.ToString("N" + currency.MinorUnits, CultureInfo.InvariantCulture)} {currency.Code}";
}
