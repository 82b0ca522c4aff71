using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

/// <summary>A price preview: SKUs and quantities, priced by the server with every rule explained.</summary>
public sealed class QuoteRequest : IHasLineItems
{
    public static QuoteRequest Example => new()
    {
        Currency = "EUR",
        Incoterm = "FOB",
        DestinationCountry = "KE",
        Lines = [new() { Sku = "CL-METRO9-BLK", Quantity = 260 }, new() { Sku = "CL-METRO9-BLK", Quantity = 2, Sample = true }],
    };

    /// <summary>1 to 100 lines; each SKU at most once as bulk and once as sample.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(LineItemRules.MaxLines)]
    public IReadOnlyList<LineItemRequest>? Lines { get; init; }

    /// <summary>ISO 4217 code to price in: USD (default), EUR, GBP, AED, SAR, ZAR, KES, NGN or BRL.</summary>
    public string? Currency { get; init; }

    /// <summary>Optional Incoterm the buyer intends: EXW, FOB, CIF, DAP or DDP. Prices are FOB factory prices either way.</summary>
    public string? Incoterm { get; init; }

    /// <summary>Optional ISO 3166-1 alpha-2 destination country, e.g. KE.</summary>
    public string? DestinationCountry { get; init; }

    public sealed class Validator : Validator<QuoteRequest>
    {
        public Validator()
        {
            LineItemRules.Apply(this);
            RuleFor(r => r.Currency).OneOf(Currencies.Codes)
                .WithMessage($"Unsupported currency. Use one of: {Currencies.Describe()}.");
            RuleFor(r => r.Incoterm).OneOf(Incoterms.All)
                .WithMessage($"Unknown Incoterm. Use one of: {Incoterms.Describe()}.");
            RuleFor(r => r.DestinationCountry).Matches(Countries.Pattern)
                .WithMessage("destinationCountry must be an ISO 3166-1 alpha-2 code such as KE or BR.");
        }
    }
}
