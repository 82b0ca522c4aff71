using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

/// <summary>A price preview: SKUs and quantities, priced by the server with every rule explained.</summary>
public sealed class QuoteRequest : IHasLineItems
{
    bool IHasLineItems.SamplesByDefault => false;

    public static QuoteRequest Example => new()
    {
        Currency = "USD",
        Incoterm = new() { Rule = "CIF", Place = "KEMBA" },
        DestinationCountry = "KE",
        Lines = [new() { Sku = "CL-METRO9-BLK", Quantity = 300 }],
    };

    /// <summary>1 to 100 lines; each SKU at most once as bulk and once as sample.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(LineItemRules.MaxLines)]
    public IReadOnlyList<LineItemRequest>? Lines { get; init; }

    /// <summary>ISO 4217 code to price in: USD (default), EUR, GBP, AED, SAR, ZAR, KES, NGN or BRL.</summary>
    public string? Currency { get; init; }

    /// <summary>Optional Incoterms 2020 rule and named place, e.g. CIF KEMBA. With it the quote carries a landed-cost breakdown: freight,
    /// insurance, duty and taxes, who pays each, and when the goods arrive. Unit prices are factory prices either way.</summary>
    public IncotermRequest? Incoterm { get; init; }

    /// <summary>Optional ISO 3166-1 alpha-2 destination country, e.g. KE. For C and D rules it defaults to the named place's country and
    /// must agree with it; for EXW, FCA and FOB it is where the buyer's own freight and import costs are estimated to.</summary>
    public string? DestinationCountry { get; init; }

    /// <summary>Optional: sea-lcl, sea-fcl, air or courier. Without it the breakdown is for the cheapest mode that arrives by
    /// requestedDeliveryDate, and every mode the rule allows is listed with its cost and arrival date.</summary>
    [OneOf(typeof(ShippingModes), nameof(ShippingModes.All))]
    public string? ShippingMode { get; init; }

    /// <summary>Optional: when you need the goods at the named place (UTC date).</summary>
    public DateOnly? RequestedDeliveryDate { get; init; }

    public sealed class Validator : Validator<QuoteRequest>
    {
        public Validator()
        {
            LineItemRules.Apply(this);
            RuleFor(r => r.Currency).OneOf(Currencies.Codes)
                .WithMessage($"Unsupported currency. Use one of: {Currencies.Describe()}.");
            RuleFor(r => r.DestinationCountry).Matches(Countries.Pattern)
                .WithMessage("destinationCountry must be an ISO 3166-1 alpha-2 code such as KE or BR.");
            NamedPlaceRules.Apply(this, r => r.Incoterm, r => r.DestinationCountry, "destinationCountry");
            ShippingModeRules.Apply(this, r => r.ShippingMode, r => r.Incoterm);
        }
    }
}
