using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.PlaceOrder;

/// <summary>A wholesale order. Prices are the server's: the body names SKUs and quantities, never prices.</summary>
public sealed class PlaceOrderRequest : IHasLineItems
{
    public const int MaxBuyerReferenceLength = 64;
    public const int MaxNotesLength = 2000;

    public static PlaceOrderRequest Example => new()
    {
        BuyerReference = "PO-2026-0117",
        Lines = [new() { Sku = "CL-METRO9-BLK", Quantity = 260 }, new() { Sku = "CL-METRO9-NVY", Quantity = 100 }],
        Currency = "KES",
        Incoterm = new() { Rule = "CIF", Place = "KEMBA" },
        ShipTo = new() { Name = "Nairobi Outfitters Ltd", AddressLine1 = "Godown 14, Mombasa Road", City = "Nairobi", PostalCode = "00500", Country = "KE" },
        Notes = "Please label cartons with our PO number.",
    };

    bool IHasLineItems.SamplesByDefault => Type == OrderTypes.Sample;

    /// <summary>bulk (the default): MOQs, increments and price breaks apply, shipped as the Incoterm says. sample: sample lines only, each
    /// 1 to the SKU's sample maximum with no MOQ or increments, sent by courier (DAP at shipTo's city unless incoterm names a courier
    /// rule and place) and paid in full before dispatch.</summary>
    /// <example>bulk</example>
    [OneOf(typeof(OrderTypes), nameof(OrderTypes.All))]
    public string? Type { get; init; }

    /// <summary>Bulk orders with customised lines only: true asks for a pre-production sample. Once the artwork is approved the supplier sews
    /// one in the SKU's sample lead time plus the customisation's days and sends it by courier; production waits for your approval of it,
    /// and the approved sample's reference is kept on the order as the golden sample. Its days are added to the customised lines' dates.
    /// Default false.</summary>
    public bool? PreProductionSample { get; init; }

    /// <summary>Bulk orders only: a final random inspection of the goods before they ship (AQL, ISO 2859-1) by an agency, priced with the order;
    /// shipping waits until it is passed, or a failure is accepted with a concession.</summary>
    public Inspections.InspectionRequest? Inspection { get; init; }

    /// <summary>1 to 100 lines; each SKU at most once as bulk and once as sample (sample lines go on an order of type sample).</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(LineItemRules.MaxLines)]
    public IReadOnlyList<LineItemRequest>? Lines { get; init; }

    /// <summary>Your purchase order number (1 to 64 characters); shown on the order and on the supplier's documents.</summary>
    /// <example>PO-2026-0117</example>
    [Required]
    public string? BuyerReference { get; init; }

    /// <summary>ISO 4217 code to be invoiced in: USD, EUR, GBP, AED, SAR, ZAR, KES, NGN or BRL. Default: your account's currency (or the quote's).</summary>
    public string? Currency { get; init; }

    /// <summary>The Incoterms 2020 rule and named place, e.g. CIF KEMBA. Default: your account's rule, at the seaport (CFR, CIF) or main city
    /// (CPT, CIP, D rules) of shipTo.country, or for EXW, FCA and FOB at the port of the country the goods are made in. The order is
    /// invoiced and costed under it: the answer's landedCost says who pays what.</summary>
    public IncotermRequest? Incoterm { get; init; }

    /// <summary>Optional: sea-lcl, sea-fcl, air or courier. Default: the cheapest mode that delivers by requestedDeliveryDate.</summary>
    [OneOf(typeof(ShippingModes), nameof(ShippingModes.All))]
    public string? ShippingMode { get; init; }

    [Required]
    public ShipTo? ShipTo { get; init; }

    /// <summary>When you need the goods at the named place (UTC date, not in the past). When no shipping mode gets them there by then,
    /// the answer is 422 delivery-date-unachievable with the earliest date by each mode.</summary>
    public DateOnly? RequestedDeliveryDate { get; init; }

    /// <summary>A quoteId from POST /v1/quotes: the order takes that quote's prices and exchange rate while it is valid. Its lines must match the quote's.</summary>
    public string? QuoteId { get; init; }

    /// <summary>Free text for the supplier (at most 2,000 characters).</summary>
    public string? Notes { get; init; }

    public sealed class Validator : Validator<PlaceOrderRequest>
    {
        // FastEndpoints makes one instance for the process, so the clock is the request's own, resolved when a rule runs.
        public Validator()
        {
            LineItemRules.Apply(this);
            RuleFor(r => r.BuyerReference).NotEmpty().WithMessage("buyerReference (your PO number) is required.");
            RuleFor(r => r.BuyerReference).MaximumLength(MaxBuyerReferenceLength)
                .WithMessage($"buyerReference must be at most {MaxBuyerReferenceLength} printable characters.");
            RuleFor(r => r.BuyerReference).Must(text => !text!.Any(char.IsControl)).When(r => r.BuyerReference is not null)
                .WithMessage($"buyerReference must be at most {MaxBuyerReferenceLength} printable characters.");
            RuleFor(r => r.Type).OneOf(OrderTypes.All).WithMessage($"type must be one of: {string.Join(", ", OrderTypes.All)}.");
            RuleFor(r => r.Currency).OneOf(Currencies.Codes)
                .WithMessage($"Unsupported currency. Use one of: {Currencies.Describe()}.");
            NamedPlaceRules.Apply(this, r => r.Incoterm, r => r.ShipTo?.Country, "shipTo.country");
            ShippingModeRules.Apply(this, r => r.ShippingMode, r => r.Incoterm);
            RuleFor(r => r.ShipTo).NotNull().WithMessage("shipTo is required: at least addressLine1, city and country.");
            RuleFor(r => r.ShipTo!).SetValidator(new ShipTo.Validator()).When(r => r.ShipTo is not null);
            RuleFor(r => r.RequestedDeliveryDate)
                .Must(date => date >= DateOnly.FromDateTime(Resolve<TimeProvider>().GetUtcNow().UtcDateTime)).When(r => r.RequestedDeliveryDate is not null)
                .WithMessage("requestedDeliveryDate must be today or later (UTC).");
            RuleFor(r => r.QuoteId).Matches(QuoteIds.Pattern)
                .WithMessage("quoteId must be the quoteId of a quote, e.g. qt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.");
            RuleFor(r => r.Inspection!).SetValidator(new Inspections.InspectionRequest.Validator()).When(r => r.Inspection is not null);
            RuleFor(r => r.Notes).MaximumLength(MaxNotesLength).WithMessage($"notes must be at most {MaxNotesLength} characters.");
        }
    }
}
