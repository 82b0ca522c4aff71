using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>The problems order endpoints answer with, worded the same way wherever they arise.</summary>
public static class OrderProblems
{
    /// <summary>422: every broken rule at once, keyed by JSON path under <c>errors</c> and detailed under <c>violations</c>.</summary>
    public static ProblemHttpResult RuleViolations(IReadOnlyList<OrderViolation> violations)
    {
        var lines = violations.Where(v => v.Line is not null).Select(v => v.Line).Distinct().Count();
        return TypedResults.Problem(
            title: "The order breaks the catalogue's ordering rules.",
            detail: $"{violations.Count} problem(s){(lines > 0 ? $" on {lines} line(s)" : "")}; nothing was created or reserved. " +
                "Each is under errors (by field) and violations (with a code and, where it helps, the nearest valid quantities).",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: ProblemTypes.OrderRules,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = violations.GroupBy(v => v.Field, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray(), StringComparer.Ordinal),
                ["violations"] = violations.Select(v => new OrderViolationResponse(v.Line, v.Field, v.Sku, v.Code, v.Message,
                    v.ValidQuantities is { } q ? new ValidQuantitiesResponse(q.Below, q.Above) : null)).ToList(),
            });
    }

    /// <summary>The answer to a priced order that cannot be placed: 400 at incoterm.place, 422 delivery-date-unachievable or 422 order-rules.</summary>
    public static ProblemHttpResult Refused(OrderPricing pricing, DateOnly? requestedDeliveryDate) => pricing switch
    {
        { PlaceProblem: { } wrongPlace } => TypedResults.Problem(Problems.Validation("incoterm.place", wrongPlace).ProblemDetails),
        { Late: { } late } => DeliveryDateUnachievable(requestedDeliveryDate!.Value, late),
        _ => RuleViolations(pricing.Violations),
    };

    /// <summary>422: no shipping mode delivers at the named place by the requested date; each mode's earliest date says what would.</summary>
    public static ProblemHttpResult DeliveryDateUnachievable(DateOnly requested, LandedCost landed)
    {
        var response = landed.Response;
        var atOrigin = Incoterms.ByCode[response.Incoterm.Rule].Place.DeliversAtOrigin();
        var earliest = response.Options
            .Select(o => new EarliestDeliveryResponse(o.Mode, atOrigin ? o.ShipDate : o.ArrivalDate, o.UnknownReason))
            .ToList();
        var known = earliest.Where(e => e.DeliveryDate is not null).OrderBy(e => e.DeliveryDate).ToList();
        var place = $"{response.Incoterm.Rule} {response.Incoterm.Place}";
        return TypedResults.Problem(
            title: "No shipping mode delivers by the requested date.",
            detail: $"requestedDeliveryDate is {requested:yyyy-MM-dd}, but the goods cannot be delivered {place} before " +
                (known.Count == 0 ? "a freight rate is known." : $"{known[0].DeliveryDate:yyyy-MM-dd} ({known[0].Mode}).") +
                (atOrigin ? $" Under {response.Incoterm.Rule} delivery is where the goods leave from, on their ship date." : "") +
                " Nothing was created or reserved. Move the date, or order what ships from stock.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: ProblemTypes.DeliveryDateUnachievable,
            extensions: new Dictionary<string, object?>
            {
                ["requestedDeliveryDate"] = requested,
                ["earliestDeliveries"] = earliest,
            });
    }

    public static ValidationProblem MissingIdempotencyKey() => Problems.Validation(IdempotencyStore.HeaderName,
        $"The {IdempotencyStore.HeaderName} header is required: 1 to {IdempotencyStore.MaxKeyLength} printable ASCII characters, " +
        "unique per order (a UUID is ideal). Send the same key again only to retry the same order.");

    public static ProblemHttpResult KeyReused() => TypedResults.Problem(
        title: "This Idempotency-Key was used for a different order.",
        detail: "A key identifies one order request. Retry with the original body to get its answer, or use a new key for a new order.",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        type: ProblemTypes.IdempotencyKeyReused);

    public static ProblemHttpResult StillInFlight() => TypedResults.Problem(
        title: "The first request with this Idempotency-Key is still being processed.",
        detail: "Retry in a moment with the same key and body; you will receive that request's answer.",
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.IdempotencyKeyInFlight);

    /// <summary>409: the distributor already has an open order under this purchase order number.</summary>
    public static ProblemHttpResult DuplicateBuyerReference(string buyerReference, string existingOrderId) => TypedResults.Problem(
        title: "An order with this buyerReference already exists.",
        detail: $"Order {existingOrderId} was placed with buyerReference {buyerReference}; nothing was created or reserved. " +
            "Follow that order, or send a new purchase order number for a new order.",
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.DuplicateBuyerReference,
        extensions: new Dictionary<string, object?> { ["orderId"] = existingOrderId, ["href"] = $"/v1/orders/{existingOrderId}" });

    /// <summary>409: a held quote becomes at most one order.</summary>
    public static ProblemHttpResult QuoteAlreadyOrdered(string quoteId, string existingOrderId) => TypedResults.Problem(
        title: "This quote has already been turned into an order.",
        detail: $"Quote {quoteId} was converted into order {existingOrderId}; a quote becomes at most one order. " +
            "Request a new quote, or order without quoteId at today's prices.",
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.QuoteAlreadyOrdered,
        extensions: new Dictionary<string, object?> { ["orderId"] = existingOrderId, ["href"] = $"/v1/orders/{existingOrderId}" });

    public static ProblemHttpResult NotFound(string orderId) =>
        Problems.NotFound("Order not found.", $"No order {orderId} is visible to this API key.");

    public static ProblemHttpResult PreconditionFailed(OrderRow order) => TypedResults.Problem(
        title: "The order has changed since you read it.",
        detail: $"If-Match does not match the order's current ETag {order.ETag} (it is now {order.Status}). Read it again, then decide.",
        statusCode: StatusCodes.Status412PreconditionFailed,
        type: ProblemTypes.PreconditionFailed);

    public static ProblemHttpResult IllegalTransition(OrderRow order, string toStatus, string? hint = null) => TypedResults.Problem(
        title: "The order cannot move to that status.",
        detail: $"Order {order.OrderId} is {order.Status}; it cannot become {toStatus}. " +
            (hint ?? (OrderStatus.FollowsShipments(toStatus)
                ? $"partially_shipped, shipped and delivered follow the order's shipments: book one with POST /v1/admin/orders/{order.OrderId}/shipments " +
                  "and record its departure and delivery. "
                : "") + $"From {order.Status} it may be moved to: {Describe(order.Status)}."),
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.OrderStateConflict,
        extensions: new Dictionary<string, object?> { ["currentStatus"] = order.Status, ["allowedNext"] = ByHand(order.Status) });

    private static string[] ByHand(string status) => OrderStatus.Next[status].Where(s => !OrderStatus.FollowsShipments(s)).ToArray();

    public static ProblemHttpResult ChangedConcurrently(string orderId) => TypedResults.Problem(
        title: "The order changed while this request ran.",
        detail: $"Another change to order {orderId} was committed first. Read the order again and retry if it still applies.",
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.OrderStateConflict);

    private static string Describe(string status) =>
        OrderStatus.Next[status].Length == 0 ? "nothing (it is final)"
        : ByHand(status) is { Length: > 0 } byHand ? string.Join(", ", byHand)
        : "nothing by hand (its shipments move it on)";
}
