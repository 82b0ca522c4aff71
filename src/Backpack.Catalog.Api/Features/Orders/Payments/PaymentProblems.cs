using System.Globalization;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.Payments;

/// <summary>The problems of payments and the transitions that wait for them.</summary>
public static class PaymentProblems
{
    /// <summary>409: the transition waits for money (or a letter of credit) the terms require; missing lists each thing.</summary>
    public static ProblemHttpResult Required(OrderRow order, string toStatus, IReadOnlyList<MissingPayment> missing) => TypedResults.Problem(
        title: "The order's payment terms are not met yet.",
        detail: $"Order {order.OrderId} cannot become {toStatus} yet: {string.Join(" ", missing.Select(m => m.Detail))}",
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.PaymentRequired,
        extensions: new Dictionary<string, object?>
        {
            ["currentStatus"] = order.Status,
            ["missing"] = missing,
        });

    /// <summary>409: the payment cannot be taken on this order as it stands.</summary>
    public static ProblemHttpResult Conflict(OrderRow order, string detail) => TypedResults.Problem(
        title: "The payment cannot be recorded.",
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.PaymentConflict,
        extensions: new Dictionary<string, object?> { ["currentStatus"] = order.Status });

    /// <summary>422: an open-account order would take the account past its credit limit.</summary>
    public static ProblemHttpResult CreditLimitExceeded(CreditCheck check) => TypedResults.Problem(
        title: "The order would exceed the account's credit limit.",
        detail: string.Create(CultureInfo.InvariantCulture,
            $"The account's credit limit is {check.Limit.Amount:N2} USD and its open orders owe {check.Exposure.Amount:N2} USD, leaving ") +
            string.Create(CultureInfo.InvariantCulture, $"{check.Headroom.Amount:N2} USD; this order comes to {check.Order.Amount:N2} USD. ") +
            "Pay open orders, order less, or ask for a higher limit. Nothing was created or reserved.",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        type: ProblemTypes.CreditLimitExceeded,
        extensions: new Dictionary<string, object?>
        {
            ["creditLimit"] = check.Limit,
            ["exposure"] = check.Exposure,
            ["headroom"] = check.Headroom,
            ["orderTotal"] = check.Order,
        });
}
