using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Orders.BookShipment;

/// <summary>A shipment booked with a carrier: which units go, how, and when.</summary>
public sealed class BookShipmentRequest : ShipmentTransportRequest
{
    public static BookShipmentRequest Example => new()
    {
        Lines = [new ShipmentLineRequest { Line = 1, Quantity = 100 }], Mode = ShippingModes.SeaLcl, Carrier = "Maersk", Vessel = "Maersk Cape Town",
        Voyage = "2649W", PortOfLoading = "VNSGN", PortOfDischarge = "KEMBA",
    };

    /// <summary>The order lines and units the shipment carries: 1 to 100, each line once. A line's units may be split across shipments but
    /// never booked twice.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(LineItemRules.MaxLines)]
    public IReadOnlyList<ShipmentLineRequest>? Lines { get; init; }

    /// <summary>sea-lcl, sea-fcl, air or courier. Default: the mode the order was costed with. A sea-only Incoterm (FAS, FOB, CFR, CIF) takes
    /// sea-lcl or sea-fcl only.</summary>
    /// <example>sea-lcl</example>
    [OneOf(typeof(ShippingModes), nameof(ShippingModes.All))]
    public string? Mode { get; init; }

    /// <summary>The shipping line, airline or courier (at most 100 characters).</summary>
    /// <example>Maersk</example>
    [Required]
    [MinLength(1)]
    [MaxLength(ShipmentLimits.MaxCarrierLength)]
    public string? Carrier { get; init; }

    /// <summary>UN/LOCODE of the port or airport of loading.</summary>
    /// <example>VNSGN</example>
    [Required]
    [MinLength(Places.CodeLength)]
    [MaxLength(Places.CodeLength)]
    [RegularExpression(Places.CodePattern)]
    public string? PortOfLoading { get; init; }

    /// <summary>UN/LOCODE of the port or airport of discharge.</summary>
    /// <example>KEMBA</example>
    [Required]
    [MinLength(Places.CodeLength)]
    [MaxLength(Places.CodeLength)]
    [RegularExpression(Places.CodePattern)]
    public string? PortOfDischarge { get; init; }

    /// <summary>Estimated departure (UTC date): not before the order was placed, nor more than a year ahead. Default: today.</summary>
    public DateOnly? Etd { get; init; }

    /// <summary>Estimated arrival (UTC date): not before the ETD, nor more than a year ahead. Default: the ETD plus the transit days the order
    /// was costed with for the mode (required when its lane had none).</summary>
    public DateOnly? Eta { get; init; }

    /// <summary>What to tell the distributor about the shipment (at most 500 characters).</summary>
    [MaxLength(ShipmentLimits.MaxNoteLength)]
    public string? Note { get; init; }

    public sealed class Validator : AbstractValidator<BookShipmentRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Lines).NotNull().WithMessage("lines is required: the order lines and units the shipment carries.");
            RuleFor(r => r.Lines).Must(l => l!.Count is >= 1 and <= LineItemRules.MaxLines).When(r => r.Lines is not null)
                .WithMessage($"lines must hold 1 to {LineItemRules.MaxLines} lines.");
            RuleForEach(r => r.Lines).NotNull().WithMessage("Each line must be an object with line and quantity.").When(r => r.Lines is { Count: <= LineItemRules.MaxLines });
            RuleForEach(r => r.Lines).SetValidator(new ShipmentLineRequest.Validator()).When(r => r.Lines is { Count: <= LineItemRules.MaxLines });
            RuleForEach(r => r.Lines).Must((r, l) => l?.Line is null || ReferenceEquals(r.Lines!.First(o => o?.Line == l.Line), l))
                .When(r => r.Lines is { Count: <= LineItemRules.MaxLines })
                .WithMessage((_, l) => $"Line {l!.Line} appears twice; put its units for this shipment on one entry.");
            RuleFor(r => r.Mode).OneOf(ShippingModes.All).WithMessage($"mode must be one of: {ShippingModes.Describe()}.");
            RuleFor(r => r.Carrier).Must(ShipmentText.IsPrintable(ShipmentLimits.MaxCarrierLength))
                .WithMessage($"carrier is required: the shipping line, airline or courier, 1 to {ShipmentLimits.MaxCarrierLength} printable characters.");
            ShipmentText.ApplyTransport(this);
            RuleFor(r => r.PortOfLoading).NotNull().Matches(Places.CodePattern)
                .WithMessage("portOfLoading is required: a UN/LOCODE, two letters for the country and three for the place, e.g. VNSGN.");
            RuleFor(r => r.PortOfDischarge).NotNull().Matches(Places.CodePattern)
                .WithMessage("portOfDischarge is required: a UN/LOCODE, two letters for the country and three for the place, e.g. KEMBA.");
            RuleFor(r => r.Eta).Must((r, eta) => eta >= r.Etd).When(r => r.Etd is not null && r.Eta is not null).WithMessage("eta cannot be before etd.");
            RuleFor(r => r.Note).MaximumLength(ShipmentLimits.MaxNoteLength).WithMessage($"note must be at most {ShipmentLimits.MaxNoteLength} characters.");
        }
    }
}

/// <summary>Units of one order line in the shipment.</summary>
public sealed class ShipmentLineRequest
{
    /// <summary>The order line (its line number).</summary>
    /// <example>1</example>
    [Required]
    [Range(1, LineItemRules.MaxLines)]
    public int? Line { get; init; }

    /// <summary>Units of it in this shipment.</summary>
    /// <example>100</example>
    [Required]
    [Range(1, LineItemRules.MaxQuantity)]
    public int? Quantity { get; init; }

    public sealed class Validator : AbstractValidator<ShipmentLineRequest>
    {
        public Validator()
        {
            RuleFor(l => l.Line).NotNull().InclusiveBetween(1, LineItemRules.MaxLines).WithMessage($"line is required: an order line, 1 to {LineItemRules.MaxLines}.");
            RuleFor(l => l.Quantity).NotNull().InclusiveBetween(1, LineItemRules.MaxQuantity)
                .WithMessage($"quantity is required: 1 to {LineItemRules.MaxQuantity:N0} units.");
        }
    }
}

public sealed class BookShipmentValidator : Validator<OrderChange<BookShipmentRequest>>
{
    public BookShipmentValidator() =>
        RuleFor(i => i.Body).SetValidator(new BookShipmentRequest.Validator()).OverridePropertyName(nameof(OrderChange<BookShipmentRequest>.Body));
}
