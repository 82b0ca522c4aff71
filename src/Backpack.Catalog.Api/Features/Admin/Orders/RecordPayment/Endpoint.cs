using System.Globalization;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.Payments;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Orders.RecordPayment;

public sealed class RecordPaymentEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<OrderChange<RecordPaymentRequest>>
{
    public override void Configure()
    {
        Post("/orders/{orderId}/payments");
        Group<AdminGroup>();
        Description(b => b
            .WithName("RecordPayment")
            .WithSummary("Record a payment received against an order")
            .WithDescription("A deposit, the balance, or part of either, in the order's currency (another currency, more decimals than it has, " +
                "or a value date before placement or after today is 400). The order's payment then shows what was paid and what is " +
                "outstanding; production waits for the deposit, and shipping for the balance when the terms put it before shipment. " +
                "More than is outstanding, a reference already recorded on the order, more than 20 payments, or a cancelled or rejected " +
                "order is 409 payment-conflict. Recorded in the history as payment_recorded and announced as order.payment_recorded. " +
                "Honours If-Match (412 when stale). 201 with the order.")
            .Accepts<RecordPaymentRequest>("application/json")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(OrderChange<RecordPaymentRequest> req, CancellationToken ct) =>
        await Send.ResultAsync(await RecordAsync(req, Caller.From(User), ct));

    private async Task<IResult> RecordAsync(OrderChange<RecordPaymentRequest> req, Caller caller, CancellationToken cancellationToken)
    {
        if (!OrderIds.IsWellFormed(req.OrderId))
        {
            return OrderProblems.NotFound(req.OrderId);
        }

        var body = req.Body;
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var whole = await OrderQueries.FindWholeAsync(connection, sql, req.OrderId, null, transaction);
        if (whole is null)
        {
            return OrderProblems.NotFound(req.OrderId);
        }

        var order = whole.Order;
        if (!Preconditions.IfMatchHolds(req.IfMatch, order.ETag))
        {
            return OrderProblems.PreconditionFailed(order);
        }

        var currency = Currencies.ByCode[order.Currency];
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (Invalid(body, order, currency, today) is { } invalid)
        {
            return invalid;
        }

        var amountMinor = Money.ToMinor(body.Amount!.Value, currency);
        var ledger = PaymentLedger.Of(order, whole.Payments, whole.History);
        var refusal = order.Status is OrderStatus.Cancelled or OrderStatus.Rejected ? $"Order {order.OrderId} is {order.Status}: it takes no payments."
            : whole.Payments.Any(p => string.Equals(p.Reference, body.Reference!.Trim(), StringComparison.OrdinalIgnoreCase))
                ? $"A payment with reference {body.Reference!.Trim()} is already recorded on order {order.OrderId}."
            : whole.Payments.Count >= PaymentLimits.MaxPerOrder ? $"Order {order.OrderId} has {PaymentLimits.MaxPerOrder} payments, the most one order takes."
            : amountMinor > ledger.OutstandingMinor
                ? $"{PaymentGates.Text(amountMinor, currency)} is more than the {PaymentGates.Text(ledger.OutstandingMinor, currency)} outstanding on order {order.OrderId}."
            : null;
        if (refusal is not null)
        {
            return PaymentProblems.Conflict(order, refusal);
        }

        var payment = new PaymentRow
        {
            OrderId = order.OrderId, Sequence = whole.Payments.Count + 1, AmountMinor = amountMinor, Currency = currency.Code,
            ReceivedOn = (body.ReceivedOn ?? today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Reference = body.Reference!.Trim(),
            Note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim(), RecordedAtMs = now.ToUnixTimeMilliseconds(), ActorKeyId = caller.KeyId,
        };
        var note = $"Payment {payment.Sequence} of {PaymentGates.Text(amountMinor, currency)} received on {payment.ReceivedOn} (reference {payment.Reference}); " +
            $"{PaymentGates.Text(ledger.OutstandingMinor - amountMinor, currency)} outstanding.";
        // The order's version moves first: a request that read the same payments waits on it and then finds the order changed.
        if (await OrderStore.AppendChangeAsync(connection, transaction, sql, order, order.Status, DesignSteps.PaymentRecorded, null, caller, note, now) is null)
        {
            return OrderProblems.ChangedConcurrently(order.OrderId);
        }

        await PaymentStore.InsertAsync(connection, transaction, sql, payment);

        var updated = (await OrderQueries.FindWholeAsync(connection, sql, order.OrderId, null, transaction))!;
        await transaction.CommitAsync(cancellationToken);
        return ETaggedJson.Created($"/v1/admin/orders/{order.OrderId}", updated.ToResponse(), updated.Order.ETag);
    }

    /// <summary>The 400 for what only the order can judge: its currency and its minor units, and the value date.</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem? Invalid(RecordPaymentRequest body, OrderRow order, Currency currency, DateOnly today)
    {
        var placed = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(order.CreatedAtMs).UtcDateTime);
        return body.Currency != currency.Code ? Problems.Validation("currency", $"Order {order.OrderId} is in {currency.Code}; record the payment in {currency.Code}.")
            : decimal.Round(body.Amount!.Value, currency.MinorUnits) != body.Amount ? Problems.Validation("amount",
                $"amount has more decimals than {currency.Code} has ({currency.MinorUnits}).")
            : body.ReceivedOn > today ? Problems.Validation("receivedOn", "receivedOn is after today (UTC): record a payment once it has arrived.")
            : body.ReceivedOn < placed ? Problems.Validation("receivedOn", $"receivedOn is before the order was placed ({placed:yyyy-MM-dd}).")
            : null;
    }
}
