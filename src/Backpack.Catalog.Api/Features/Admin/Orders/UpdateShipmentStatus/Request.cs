using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Orders.UpdateShipmentStatus;

/// <summary>A shipment's next step: it departed, arrived or was delivered, or the booking was cancelled.</summary>
/// <remarks>The transport members may be sent only with departed.</remarks>
public sealed class ShipmentStatusRequest : ShipmentTransportRequest
{
    public static ShipmentStatusRequest Example => new()
    {
        Status = ShipmentStatuses.Departed, TransportDocumentNumber = "MAEU262418097",
        Note = "Loaded at Cat Lai; B/L copy sent by email.",
    };

    /// <summary>departed (from booked), arrived (from departed), delivered (from departed or arrived) or cancelled (from booked).</summary>
    /// <example>departed</example>
    [Required]
    [OneOf(typeof(ShipmentStatuses), nameof(ShipmentStatuses.Next))]
    public string? Status { get; init; }

    /// <summary>The day it happened (UTC date): not after today, nor before the step before it. Default: today.</summary>
    public DateOnly? On { get; init; }

    /// <summary>departed: the arrival the carrier now expects (UTC date), not before the departure.</summary>
    public DateOnly? Eta { get; init; }

    /// <summary>For the history (at most 500 characters).</summary>
    [MaxLength(ShipmentLimits.MaxNoteLength)]
    public string? Note { get; init; }

    /// <summary>The member a step other than departed may not carry, if one is sent.</summary>
    public string? DepartureOnlyField() =>
        Status == ShipmentStatuses.Departed ? null
        : TransportDocumentNumber is not null ? "transportDocumentNumber"
        : Containers is not null ? "containers"
        : Vessel is not null ? "vessel"
        : Voyage is not null ? "voyage"
        : Eta is not null ? "eta"
        : null;

    public sealed class Validator : AbstractValidator<ShipmentStatusRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Status).RequiredOneOf(ShipmentStatuses.Next).WithMessage("status must be departed, arrived, delivered or cancelled.");
            ShipmentText.ApplyTransport(this);
            RuleFor(r => r.Status).Must((r, _) => r.DepartureOnlyField() is null).When(r => r.Status is not null)
                .OverridePropertyName("status")
                .WithMessage(r => $"{r.DepartureOnlyField()} is set when a shipment departs; with status {r.Status} leave it out.");
            RuleFor(r => r.Note).MaximumLength(ShipmentLimits.MaxNoteLength).WithMessage($"note must be at most {ShipmentLimits.MaxNoteLength} characters.");
        }
    }
}

public sealed class ShipmentStatusValidator : Validator<ShipmentChange<ShipmentStatusRequest>>
{
    public ShipmentStatusValidator()
    {
        RuleFor(i => i.Number).InclusiveBetween(1, ShipmentLimits.MaxPerOrder).WithMessage($"number must be 1 to {ShipmentLimits.MaxPerOrder}.");
        RuleFor(i => i.Body).SetValidator(new ShipmentStatusRequest.Validator()).OverridePropertyName(nameof(ShipmentChange<ShipmentStatusRequest>.Body));
    }
}
