using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>
/// A 422 from validating or placing an order: with type order-rules, every broken ordering rule at once, by field under
/// errors and in detail under violations; with type delivery-date-unachievable, the requested date and the earliest delivery
/// by each shipping mode; with type credit-limit-exceeded, the open account's limit, what it owes and the headroom; with type
/// idempotency-key-reused, none of these.
/// </summary>
/// <param name="Type">order-rules, delivery-date-unachievable, credit-limit-exceeded or idempotency-key-reused (api-docs/errors.md).</param>
/// <param name="Title">A short summary of the type.</param>
/// <param name="Status">422.</param>
/// <param name="Detail">How many rules were broken, on how many lines; nothing was created or reserved.</param>
/// <param name="Instance">The request path.</param>
/// <param name="TraceId">Quote it to support: the server's logs carry it.</param>
/// <param name="Errors">The violations' messages by JSON path, e.g. lines[0].quantity.</param>
/// <param name="Violations">Each broken rule with its code and, for quantities, the nearest valid ones.</param>
/// <param name="RequestedDeliveryDate">delivery-date-unachievable: the date asked for.</param>
/// <param name="EarliestDeliveries">delivery-date-unachievable: each mode the rule allows, with the earliest date it delivers at the named place.</param>
/// <param name="CreditLimit">credit-limit-exceeded: the open account's limit, in USD.</param>
/// <param name="Exposure">credit-limit-exceeded: what the account's other open orders still owe, in USD at the rates they were placed at.</param>
/// <param name="Headroom">credit-limit-exceeded: what the limit leaves for new orders.</param>
/// <param name="OrderTotal">credit-limit-exceeded: this order's total, in USD.</param>
public sealed record OrderRulesProblemResponse(
    [property: KnownValues(typeof(OrderRulesProblemResponse), nameof(OrderRulesProblemResponse.Types))] string Type,
    [property: MaxLength(ProblemLimits.MaxTitleLength)] string Title,
    [property: Range(422, 422)] int Status,
    [property: MaxLength(ProblemLimits.MaxDetailLength)] string? Detail,
    [property: MaxLength(ProblemLimits.MaxInstanceLength), RegularExpression("^/")] string Instance,
    [property: MaxLength(ProblemLimits.MaxTraceIdLength), RegularExpression("^[!-~]+$")] string TraceId,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors,
    [property: MaxLength(OrderViolationResponse.MaxPerOrder)] IReadOnlyList<OrderViolationResponse>? Violations,
    DateOnly? RequestedDeliveryDate = null,
    [property: MaxLength(4)] IReadOnlyList<EarliestDeliveryResponse>? EarliestDeliveries = null,
    Money? CreditLimit = null,
    Money? Exposure = null,
    Money? Headroom = null,
    Money? OrderTotal = null)
{
    public static readonly IReadOnlyList<string> Types =
        [ProblemTypes.OrderRules, ProblemTypes.DeliveryDateUnachievable, ProblemTypes.IdempotencyKeyReused, ProblemTypes.CreditLimitExceeded];

    public static OrderRulesProblemResponse Example => new(ProblemTypes.OrderRules, "The order breaks the catalogue's ordering rules.", 422,
        "1 problem(s) on 1 line(s); nothing was created or reserved. Each is under errors (by field) and violations (with a code and, " +
        "where it helps, the nearest valid quantities).", "/v1/orders", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        new Dictionary<string, IReadOnlyList<string>> { ["lines[0].quantity"] = ["CL-METRO9-BLK needs at least 240 units (MOQ); 100 asked."] },
        [new(1, "lines[0].quantity", "CL-METRO9-BLK", PriceBook.Codes.BelowMoq, "CL-METRO9-BLK needs at least 240 units (MOQ); 100 asked.",
            new ValidQuantitiesResponse(null, 240))]);
}

/// <param name="Line">The 1-based line it concerns; absent for a rule about the whole order (a quote, the currency).</param>
/// <param name="Field">The JSON path of the value that broke it.</param>
/// <param name="Sku">The line's SKU, as sent.</param>
/// <param name="Code">What rule: the quote's line codes, or quote_not_found, quote_expired, quote_currency_mismatch, quote_lines_mismatch.</param>
/// <param name="Message">The rule and the numbers, in words.</param>
/// <param name="ValidQuantities">The nearest valid quantities below and above, for a quantity rule.</param>
public sealed record OrderViolationResponse(
    [property: Range(1, LineItemRules.MaxLines)] int? Line,
    [property: MaxLength(OrderViolationResponse.MaxFieldLength)] string Field,
    [property: Identifier(Ids.Sku)] string? Sku,
    [property: OneOf(typeof(OrderViolationResponse), nameof(OrderViolationResponse.Codes))] string Code,
    [property: MaxLength(OrderViolationResponse.MaxMessageLength)] string Message,
    ValidQuantitiesResponse? ValidQuantities)
{
    /// <summary>Each line can break its quantity rules, each of its customisations' rules and each product certificate its destination requires;
    /// the quote can break four more, the landed cost three, and the order's type three (courier, pre-production sample, inspection).</summary>
    public const int MaxPerOrder = ((PriceBook.MaxViolationsPerLine + Compliance.ComplianceLimits.MaxRequirementsPerDestination) * LineItemRules.MaxLines) + 10;

    /// <summary>lines[99].customizations is the longest path a violation names.</summary>
    public const int MaxFieldLength = 32;

    /// <summary>quote_lines_mismatch lists the quote's lines: up to 100 of "quantity × SKU (sample)".</summary>
    public const int MaxMessageLength = 10_000;

    public static readonly IReadOnlyList<string> Codes =
        [.. PriceBook.Codes.All, .. OrderPricer.QuoteCodes.All, .. OrderCosting.Codes.All, .. OrderTypes.Codes.All, .. Compliance.ComplianceCodes.All];
}

/// <param name="Mode">sea-lcl, sea-fcl, air or courier.</param>
/// <param name="DeliveryDate">The earliest date this mode delivers at the named place; null when it has no freight rate (see unknownReason).</param>
/// <param name="UnknownReason">Why the mode has no date.</param>
public sealed record EarliestDeliveryResponse(
    [property: OneOf(typeof(Trade.ShippingModes), nameof(Trade.ShippingModes.All))] string Mode,
    DateOnly? DeliveryDate,
    [property: MaxLength(Trade.CostComponentResponse.MaxTextLength)] string? UnknownReason);
