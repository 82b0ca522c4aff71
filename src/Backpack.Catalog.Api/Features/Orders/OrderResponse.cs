using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Distributors.CreateDistributor;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.PreProductionSamples;
using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Features.Orders.PlaceOrder;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>An order with the prices it was placed at. Later catalogue or exchange-rate changes never alter it.</summary>
/// <param name="Id">The order id; also the ERP's idempotency key for this order.</param>
/// <param name="Status">awaiting_artwork, submitted, confirmed, in_production, ready_to_ship, partially_shipped, shipped, delivered, cancelled or
/// rejected. A customised order starts in awaiting_artwork and becomes submitted by itself when its last design is approved; partially_shipped,
/// shipped and delivered follow its shipments.</param>
/// <param name="Type">bulk, or sample: an order of samples only, sent by courier and paid in full.</param>
/// <param name="BuyerReference">The distributor's purchase order (PO) number.</param>
/// <param name="ExchangeRate">The USD rate the order was priced at; null for USD orders.</param>
/// <param name="PromisedShipDate">When the last line ships: stock lines within days, made-to-order lines after their lead time (UTC date).</param>
/// <param name="Incoterm">The rule and named place the order is invoiced under (the place is null on orders placed before named places).</param>
/// <param name="Shipment">Cartons, volume and weights as placed; null on orders placed before shipment figures.</param>
/// <param name="Shipments">Each shipment booked for the order, by number: its lines, transport document, containers, ports, dates and status.</param>
/// <param name="LandedCost">The landed-cost breakdown as placed: later rate changes never move it. Null on orders placed before it.</param>
/// <param name="QuoteId">The held quote whose prices the order took, if any.</param>
/// <param name="PriceList">The distributor's price list when the order was placed: applied (its prices are the list's), expired or scheduled
/// (list prices); null when the distributor had none.</param>
/// <param name="Designs">Each design the customised lines name, with its artwork and proof rounds; empty when nothing is customised.</param>
/// <param name="Inspection">The final inspection ordered with the goods, its fee and each inspection; null when none was ordered.</param>
/// <param name="PreProductionSample">The pre-production sample the order asked for, its rounds and, once approved, the golden sample; null when
/// it asked for none.</param>
/// <param name="Cancellable">True while the distributor may still cancel (awaiting_artwork, submitted or confirmed).</param>
/// <param name="History">Every status the order has had and every artwork approval and sample step, oldest first, with who did it.</param>
/// <param name="Etag">The order's version as an entity tag, the value of the ETag header: send it as If-Match when cancelling or changing
/// its status. In the body too, for clients that cannot read response headers.</param>
public sealed record OrderResponse(
    [property: Identifier(Ids.Order)] string Id,
    [property: OneOf(typeof(OrderStatus), nameof(OrderStatus.All))] string Status,
    [property: OneOf(typeof(OrderTypes), nameof(OrderTypes.All))] string Type,
    [property: Identifier(Ids.Distributor)] string DistributorId,
    [property: MaxLength(PlaceOrderRequest.MaxBuyerReferenceLength)] string BuyerReference,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency,
    LockedRateResponse? ExchangeRate,
    IncotermResponse Incoterm,
    ShipTo ShipTo,
    DateOnly? RequestedDeliveryDate,
    DateOnly PromisedShipDate,
    [property: Identifier(Ids.Quote)] string? QuoteId,
    [property: MaxLength(PlaceOrderRequest.MaxNotesLength)] string? Notes,
    [property: MaxLength(LineItemRules.MaxLines)] IReadOnlyList<OrderLineResponse> Lines,
    [property: MaxLength(SetupFeeResponse.MaxPerQuote)] IReadOnlyList<SetupFeeResponse> SetupFees,
    [property: MaxLength(SetupFeeResponse.MaxPerQuote)] IReadOnlyList<DesignResponse> Designs,
    PreProductionSampleResponse? PreProductionSample,
    Inspections.InspectionResponse? Inspection,
    OrderTotalsResponse Totals,
    PaymentResponse Payment,
    ShipmentResponse? Shipment,
    [property: MaxLength(ShipmentLimits.MaxPerOrder)] IReadOnlyList<OrderShipmentResponse> Shipments,
    LandedCostResponse? LandedCost,
    PriceListResponse? PriceList,
    bool Cancellable,
    [property: MaxLength(StatusChangeResponse.MaxEntries)] IReadOnlyList<StatusChangeResponse> History,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    [property: MaxLength(24), RegularExpression("^\"v[0-9]+\"$")] string Etag)
{
    public static OrderResponse Example => new(
        DocumentExamples.OrderId, OrderStatus.Submitted, OrderTypes.Bulk, DocumentExamples.DistributorId, "PO-2026-0117", "KES",
        new LockedRateResponse(Money.BaseCurrency, "KES", 129.35m, DocumentExamples.PlacedAt), IncotermResponse.Of("CIF", "KEMBA"),
        PlaceOrderRequest.Example.ShipTo!, null, new DateOnly(2026, 11, 24), null, "Please label cartons with our PO number.", [OrderLineResponse.Example], [], [], null, null,
        new OrderTotalsResponse(264, new Money(303916.80m, "KES"), new Money(2349.60m, Money.BaseCurrency), new Money(0m, "KES"),
            new Money(23800.40m, "KES"), new Money(0m, "KES"), new Money(327717.20m, "KES")),
        new PaymentResponse("T/T: 30 % deposit on confirmation, 70 % balance before shipment", 30, new Money(98315.16m, "KES"), new Money(229402.04m, "KES"),
            Features.Payments.PaymentMethods.TelegraphicTransfer, Features.Payments.BalanceDue.BeforeShipment, null, null, new DateOnly(2026, 11, 24), null,
            new Money(0m, "KES"), new Money(327717.20m, "KES"), []),
        null, [], null, null,
        true,
        [new StatusChangeResponse(OrderStatus.Submitted, null, DocumentExamples.PlacedAt, new ActorResponse(ApiKeyRoles.Distributor, "demonairobi"), null, null, null, null)],
        DocumentExamples.PlacedAt, DocumentExamples.PlacedAt, "\"v1\"");
}

/// <param name="Rate">Units of the order currency per US dollar.</param>
/// <param name="AsOf">When the rate was published (UTC).</param>
public sealed record LockedRateResponse(
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string From,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string To,
    decimal Rate,
    DateTime? AsOf);

/// <param name="TierMinQuantity">The price break applied (its minimum quantity); null for samples.</param>
/// <param name="UnitPriceUsd">The catalogue's USD unit price the line was converted from.</param>
/// <param name="FromStock">Units reserved from stock for this line.</param>
/// <param name="MadeToOrder">Units to be produced; they ship after the product's lead time.</param>
/// <param name="LineTotal">The goods: unit price times quantity. Customisation surcharges are beside it, under customizations.</param>
/// <param name="Customizations">What is added to every unit of the line, each with its surcharge as priced at placement.</param>
/// <param name="EstimatedShipDate">After the lead time for anything made to order, plus the slowest customisation's days.</param>
public sealed record OrderLineResponse(
    [property: Range(1, LineItemRules.MaxLines)] int Line,
    [property: Identifier(Ids.Sku)] string Sku,
    [property: Identifier(Ids.Product)] string ProductId,
    bool Sample,
    [property: Range(1, LineItemRules.MaxQuantity)] int Quantity,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? TierMinQuantity,
    Money UnitPrice,
    Money UnitPriceUsd,
    Money LineTotal,
    [property: Range(0, LineItemRules.MaxQuantity)] int FromStock,
    [property: Range(0, LineItemRules.MaxQuantity)] int MadeToOrder,
    [property: MaxLength(LineCustomizationRequest.MaxPerLine)] IReadOnlyList<LineCustomizationResponse> Customizations,
    DateOnly EstimatedShipDate)
{
    public static OrderLineResponse Example => new(
        1, "CL-METRO9-BLK", "classic-metro-9", false, 264, 240, new Money(1151.22m, "KES"), new Money(8.90m, Money.BaseCurrency),
        new Money(303922.08m, "KES"), 264, 0, [], new DateOnly(2026, 11, 24));
}

/// <param name="Subtotal">The goods (the sum of the line totals) plus customization.</param>
/// <param name="SubtotalUsd">The same in USD, before conversion.</param>
/// <param name="Customization">Every customisation surcharge plus the setup fees; 0 when nothing is customised.</param>
/// <param name="Charges">What the supplier invoices besides the goods under the Incoterm: export clearance, freight and insurance, and under DDP
/// duty and import taxes (landedCost lists them). Zero on orders placed before landed cost.</param>
/// <param name="Inspection">The final inspection's fee when one was ordered; 0 otherwise.</param>
/// <param name="Total">Subtotal plus charges plus the inspection: what the supplier invoices.</param>
public sealed record OrderTotalsResponse(
    [property: Range(1, int.MaxValue)] int Units, Money Subtotal, Money SubtotalUsd, Money Customization, Money Charges, Money Inspection, Money Total);

/// <param name="Terms">The distributor's payment terms at placement, in words.</param>
/// <param name="Deposit">Due on confirmation: depositPercent of the total (goods and charges), rounded half away from zero. Production waits for it.</param>
/// <param name="Balance">The rest of the total, due as the terms say.</param>
/// <param name="Method">tt, lc, open-account or escrow, as at placement.</param>
/// <param name="BalanceDue">before-shipment (shipping waits for it), against-bl-copy or after-shipment.</param>
/// <param name="BalanceDays">after-shipment: the days after shipment.</param>
/// <param name="DepositDueOn">The day the order was confirmed, when the deposit fell due; null until it is confirmed.</param>
/// <param name="BalanceDueOn">When the balance falls due: the ship date (the promised one until the last of the goods departs, then the day it
/// departed), plus balanceDays after shipment.</param>
/// <param name="LetterOfCredit">lc: the letter the order is held against.</param>
/// <param name="Paid">Every payment received so far.</param>
/// <param name="Outstanding">The total less what was paid.</param>
/// <param name="Payments">Each payment received, oldest first.</param>
public sealed record PaymentResponse(
    [property: MaxLength(CreateDistributorRequest.MaxPaymentTermsLength)] string Terms,
    [property: Range(0, 100)] int DepositPercent,
    Money Deposit,
    Money Balance,
    [property: OneOf(typeof(Features.Payments.PaymentMethods), nameof(Features.Payments.PaymentMethods.All))] string Method,
    [property: OneOf(typeof(Features.Payments.BalanceDue), nameof(Features.Payments.BalanceDue.All))] string BalanceDue,
    [property: Range(1, Features.Payments.PaymentTermsDocument.MaxBalanceDays)] int? BalanceDays,
    DateOnly? DepositDueOn,
    DateOnly BalanceDueOn,
    Features.Payments.LetterOfCreditResponse? LetterOfCredit,
    Money Paid,
    Money Outstanding,
    [property: MaxLength(Orders.Payments.PaymentLimits.MaxPerOrder)] IReadOnlyList<PaymentReceivedResponse> Payments);

/// <param name="Sequence">1 for the first payment recorded, one more for each after it.</param>
/// <param name="ReceivedOn">The value date the supplier's bank credited it (UTC date).</param>
/// <param name="Reference">The bank's or the buyer's reference, e.g. the SWIFT MT103 reference.</param>
public sealed record PaymentReceivedResponse(
    [property: Range(1, Orders.Payments.PaymentLimits.MaxPerOrder)] int Sequence,
    Money Amount,
    DateOnly ReceivedOn,
    [property: MaxLength(Orders.Payments.PaymentLimits.MaxReferenceLength)] string Reference,
    [property: MaxLength(Orders.Payments.PaymentLimits.MaxNoteLength)] string? Note,
    DateTime RecordedAt);

/// <param name="Status">The status after the entry: for an artwork approval step, the same as from unless the step approved the last design.</param>
/// <param name="From">The status before; null for the first entry.</param>
/// <param name="Note">The reason given, when one was; for an artwork step, what happened (a proof's note, the changes asked for).</param>
/// <param name="Step">artwork_uploaded, proof_posted, proof_approved or changes_requested for an artwork approval step; sample_dispatched,
/// sample_approved or sample_changes_requested for a pre-production sample step; payment_recorded; inspection_recorded,
/// inspection_report_uploaded, inspection_concession or inspection_rework; shipment_booked, shipment_departed, shipment_arrived,
/// shipment_delivered or shipment_cancelled; null for a plain status change.</param>
/// <param name="Design">The design an artwork step concerns.</param>
/// <param name="Shipment">The shipment a shipment step (shipment_booked, shipment_departed, shipment_arrived, shipment_delivered,
/// shipment_cancelled), or the status change its departure or delivery made, concerns.</param>
public sealed record StatusChangeResponse(
    [property: OneOf(typeof(OrderStatus), nameof(OrderStatus.All))] string Status,
    [property: OneOf(typeof(OrderStatus), nameof(OrderStatus.All))] string? From,
    DateTime At,
    ActorResponse Actor,
    [property: MaxLength(StatusChangeResponse.MaxNoteLength)] string? Note,
    [property: OneOf(typeof(DesignSteps), nameof(DesignSteps.All))] string? Step,
    [property: MaxLength(LineCustomizationRequest.MaxDesignLength)] string? Design,
    [property: Range(1, ShipmentLimits.MaxPerOrder)] int? Shipment)
{
    /// <summary>Every status once, for each design (at most one per customisation of each line) its uploads and two entries per proof round,
    /// two entries per pre-production sample round, each payment, per inspection its result, report uploads and answer, and each shipment's
    /// steps.</summary>
    public const int MaxEntries = 10 + ShipmentLimits.MaxHistoryEntries + (SetupFeeResponse.MaxPerQuote * (ArtworkLimits.MaxUploadsPerDesign + (2 * ArtworkLimits.MaxProofRounds)))
        + (2 * SampleLimits.MaxRounds) + Orders.Payments.PaymentLimits.MaxPerOrder
        + (Inspections.InspectionStates.MaxRounds * (2 + Inspections.InspectionStates.MaxReportUploads));

    /// <summary>The longest of an admin's note, a distributor's cancellation reason and the changes asked of a proof.</summary>
    public const int MaxNoteLength = ArtworkLimits.MaxCommentLength;
}

/// <param name="Role">distributor, admin or system.</param>
/// <param name="KeyId">The id (never the secret) of the API key that made the change.</param>
public sealed record ActorResponse(
    [property: OneOf(typeof(ActorResponse), nameof(ActorResponse.Roles))] string Role,
    [property: Identifier(Ids.ApiKey)] string? KeyId)
{
    /// <summary>Who moves orders (the history table's CHECK allows these): distributors, admins, and the system itself.</summary>
    public const string SystemRole = "system";

    public static readonly IReadOnlyList<string> Roles = [ApiKeyRoles.Distributor, ApiKeyRoles.Admin, SystemRole];
}

public static class OrderMapping
{
    public static OrderResponse ToResponse(OrderQueries.WholeOrder whole)
    {
        var (order, lines, history, designs, proofs, samples, payments, inspections, _) = whole;
        var currency = Currencies.ByCode[order.Currency];
        var snapshot = OrderSnapshot.SnapshotOf(order);
        return new OrderResponse(
            order.OrderId,
            order.Status,
            order.OrderType,
            order.DistributorId,
            order.BuyerReference,
            order.Currency,
            LockedRate(order),
            IncotermResponse.Of(order.Incoterm, order.IncotermPlace),
            ShipToOf(order),
            order.RequestedDeliveryDate is { } requested ? DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture) : null,
            DateOnly.Parse(order.PromisedShipDate, System.Globalization.CultureInfo.InvariantCulture),
            order.QuoteId,
            order.Notes,
            lines.OrderBy(l => l.LineNumber).Select(l => ToResponse(l, currency)).ToList(),
            SetupFees(order, currency),
            DesignMapping.ToResponses(order.OrderId, designs, proofs, lines),
            SampleMapping.ToResponse(order, samples),
            Inspections.InspectionMapping.ToResponse(order, inspections),
            Totals(order, currency),
            Payment(order, currency, payments, history, whole.Shipments),
            snapshot?.Shipment,
            ShipmentMapping.ToResponses(order, lines, whole.Shipments),
            snapshot?.LandedCost,
            OrderSnapshot.PriceListOf(order),
            OrderStatus.IsCancellable(order.Status),
            history.OrderBy(h => h.Sequence).Select(h => new StatusChangeResponse(
                h.ToStatus, h.FromStatus, DateTimeOffset.FromUnixTimeMilliseconds(h.AtMs).UtcDateTime,
                new ActorResponse(h.ActorRole, h.ActorKeyId), h.Note, h.Step, h.Design, h.Shipment)).ToList(),
            DateTimeOffset.FromUnixTimeMilliseconds(order.CreatedAtMs).UtcDateTime,
            DateTimeOffset.FromUnixTimeMilliseconds(order.UpdatedAtMs).UtcDateTime,
            order.ETag);
    }

    public static OrderLineResponse ToResponse(OrderLineRow line, Currency currency) => new(
        line.LineNumber, line.Sku, line.ProductId, line.Sample, line.Quantity, line.TierMinQuantity,
        Money.FromMinor(line.UnitPriceMinor, currency), Money.FromUsdCents(line.UnitPriceUsdCents), Money.FromMinor(line.LineTotalMinor, currency),
        line.ReservedFromStock, line.MadeToOrder,
        OrderCustomizations.Respond(OrderCustomizations.Load<OrderLineCustomization>(line.CustomizationsJson), line.Quantity, currency),
        DateOnly.Parse(line.EstimatedShipDate, System.Globalization.CultureInfo.InvariantCulture));

    public static LockedRateResponse? LockedRate(OrderRow order) => order.Currency == Money.BaseCurrency
        ? null
        : new LockedRateResponse(Money.BaseCurrency, order.Currency, decimal.Parse(order.FxRate, System.Globalization.CultureInfo.InvariantCulture),
            order.FxRateAsOfMs is { } asOf ? DateTimeOffset.FromUnixTimeMilliseconds(asOf).UtcDateTime : null);

    public static ShipTo ShipToOf(OrderRow order) => new()
    {
        Name = order.ShipToName, AddressLine1 = order.ShipToLine1, AddressLine2 = order.ShipToLine2, City = order.ShipToCity,
        Region = order.ShipToRegion, PostalCode = order.ShipToPostalCode, Country = order.ShipToCountry,
    };

    public static List<SetupFeeResponse> SetupFees(OrderRow order, Currency currency) =>
        OrderCustomizations.Respond(OrderCustomizations.Load<OrderSetupFee>(order.SetupFeesJson), currency);

    public static OrderTotalsResponse Totals(OrderRow order, Currency currency) =>
        new(order.Units, Money.FromMinor(order.SubtotalMinor, currency), Money.FromUsdCents(order.SubtotalUsdCents),
            Money.FromMinor(order.CustomizationMinor, currency), Money.FromMinor(order.ChargesMinor, currency), Money.FromMinor(order.InspectionFeeMinor, currency),
            Money.FromMinor(order.TotalMinor, currency));

    /// <summary>The deposit is the percentage of the total (goods and charges), rounded half away from zero; the balance is the rest.</summary>
    public static PaymentResponse Payment(
        OrderRow order, Currency currency, IReadOnlyList<Payments.PaymentRow> payments, IReadOnlyList<StatusChangeRow> history,
        IReadOnlyList<ShipmentRow>? shipments = null)
    {
        var ledger = Payments.PaymentLedger.Of(order, payments, history, shipments);
        var terms = ledger.Terms;
        return new(order.PaymentTerms, terms.DepositPercent, Money.FromMinor(ledger.DepositMinor, currency), Money.FromMinor(ledger.BalanceMinor, currency),
            terms.Method, terms.BalanceDue, terms.BalanceDays, ledger.DepositDueOn, ledger.BalanceDueOn,
            terms.LetterOfCredit is { } lc ? Features.Payments.LetterOfCreditResponse.From(lc) : null,
            Money.FromMinor(ledger.PaidMinor, currency), Money.FromMinor(ledger.OutstandingMinor, currency),
            payments.Select(p => new PaymentReceivedResponse(p.Sequence, Money.FromMinor(p.AmountMinor, currency),
                DateOnly.Parse(p.ReceivedOn, System.Globalization.CultureInfo.InvariantCulture), p.Reference, p.Note,
                DateTimeOffset.FromUnixTimeMilliseconds(p.RecordedAtMs).UtcDateTime)).ToList());
    }
}
